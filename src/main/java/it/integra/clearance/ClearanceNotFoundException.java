package it.integra.clearance;

/** No clearance has this id, or the user may not see it. */
public class ClearanceNotFoundException extends RuntimeException {

    public ClearanceNotFoundException(long id) {
        super("no clearance " + id, null, false, false);
    }
}
