package it.integra.interchange;

import java.util.Arrays;

/**
 * A file that cannot be read at all (not well-formed XML, a damaged archive): the import is refused
 * with this one error, placed at {@code line} and {@code location}, and nothing is written.
 */
public class MalformedFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final int line;
    private final String location;

    public MalformedFileException(String messageKey, int line, String location, Object... arguments) {
        super(messageKey + " at " + location + Arrays.toString(arguments), null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.line = line;
        this.location = location;
    }

    /** The error as the import reports it. */
    public RowError toRowError() {
        return new RowError(Math.max(line, 1), "-", messageKey, arguments, location);
    }
}
