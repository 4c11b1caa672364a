package it.integra.accounting;

/** No pathway is known by this reference, or the user may not see it. */
public class PathwayNotFoundException extends RuntimeException {

    public PathwayNotFoundException(Object ref) {
        super("no pathway " + ref, null, false, false);
    }
}
