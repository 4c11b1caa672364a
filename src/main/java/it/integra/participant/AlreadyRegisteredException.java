package it.integra.participant;

/**
 * The tax code (current or earlier) belongs to a person already registered: one person, one record.
 * The registering provider may take that person in charge instead.
 */
public class AlreadyRegisteredException extends RuntimeException {

    private final long participantId;
    private final String taxCode;

    public AlreadyRegisteredException(long participantId, String taxCode) {
        super("tax code already registered");
        this.participantId = participantId;
        this.taxCode = taxCode;
    }

    public long participantId() {
        return participantId;
    }

    public String taxCode() {
        return taxCode;
    }
}
