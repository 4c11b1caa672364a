package it.integra.interchange;

/**
 * A problem in one row of an imported file, as the contract reports it: row numbers count the header
 * as row 1. The message is resolved from the bundles in the reader's language.
 */
public record RowError(int row, String column, String messageKey, Object[] arguments) {

    public RowError {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static RowError of(int row, String column, String messageKey, Object... arguments) {
        return new RowError(row, column, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError that && row == that.row && column.equals(that.column)
                && messageKey.equals(that.messageKey) && java.util.Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, messageKey, java.util.Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "row " + row + " " + column + ": " + messageKey + java.util.Arrays.toString(arguments);
    }
}
