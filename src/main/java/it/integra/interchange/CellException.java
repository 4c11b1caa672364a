package it.integra.interchange;

import java.util.Arrays;

/** A cell that cannot be read: carries the message key and its arguments for the bundles. */
public class CellException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CellException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), null, false, false);
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
