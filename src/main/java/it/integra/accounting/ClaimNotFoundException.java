package it.integra.accounting;

/** No claim has this id, or the user may not see it. */
public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException(long id) {
        super("no claim " + id, null, false, false);
    }
}
