package it.integra.participant;

/** No such person, or none the user may see: the two are not told apart, so existence does not leak. */
public class ParticipantNotFoundException extends RuntimeException {

    public ParticipantNotFoundException(Object key) {
        super("no participant " + key + " within the user's scope");
    }
}
