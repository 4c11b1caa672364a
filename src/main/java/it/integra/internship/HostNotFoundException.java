package it.integra.internship;

/** No host has this id. */
public class HostNotFoundException extends RuntimeException {

    public HostNotFoundException(long id) {
        super("no host " + id, null, false, false);
    }
}
