package it.integra.internship;

/** No internship has this id, or the user may not see it. */
public class InternshipNotFoundException extends RuntimeException {

    public InternshipNotFoundException(long id) {
        super("no internship " + id, null, false, false);
    }
}
