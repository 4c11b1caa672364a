package it.integra.monitoring;

/**
 * A report filter names a call, programme, region or province that does not exist, mixes programmes,
 * puts a province in another region or ends its period before it starts. The message key names the
 * field in the bundles.
 */
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
