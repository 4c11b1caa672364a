package it.integra.monitoring;

/** A report filter names a call, programme or region that does not exist, or mixes programmes. */
public class UnknownFilterException extends RuntimeException {

    private final String messageKey;
    private final String value;

    public UnknownFilterException(String messageKey, String value) {
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
