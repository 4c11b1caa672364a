package it.integra.shared;

import java.util.Arrays;

/**
 * A value that cannot exist, with the key of the message that explains why (in the bundles
 * {@code i18n/shared_*.properties}) and its arguments.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
