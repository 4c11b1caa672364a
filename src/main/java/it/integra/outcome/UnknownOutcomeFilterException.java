package it.integra.outcome;

/** An outcome filter names a programme, call or region that does not exist. */
public class UnknownOutcomeFilterException extends RuntimeException {

    private final String messageKey;
    private final String value;

    public UnknownOutcomeFilterException(String messageKey, String value) {
        super(messageKey + " " + value, null, false, false);
        this.messageKey = messageKey;
        this.value = value;
    }

    public String messageKey() {
        return messageKey;
    }

    public String value() {
        return value;
    }
}
