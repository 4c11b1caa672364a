package it.integra.interchange;

import java.util.Arrays;
import java.util.Objects;

/**
 * A problem in one row of an imported file, as the contract reports it: row numbers count the header
 * as row 1. The message is resolved from the bundles in the reader's language. Files in another
 * format than CSV number their records from 1 and add where the record is in the file
 * ({@code location}, e.g. {@code comunicazioni.xml:12:5}); it is null for CSV.
 */
public record RowError(int row, String column, String messageKey, Object[] arguments, String location) {

    public RowError {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public RowError(int row, String column, String messageKey, Object[] arguments) {
        this(row, column, messageKey, arguments, null);
    }

    public static RowError of(int row, String column, String messageKey, Object... arguments) {
        return new RowError(row, column, messageKey, arguments);
    }

    /** The same error, placed in the file; an error that already has a place keeps it. */
    public RowError at(String where) {
        return location != null || where == null ? this : new RowError(row, column, messageKey, arguments, where);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError that && row == that.row && column.equals(that.column)
                && messageKey.equals(that.messageKey) && Arrays.equals(arguments, that.arguments)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, messageKey, Arrays.hashCode(arguments), location);
    }

    @Override
    public String toString() {
        return "row " + row + (location == null ? "" : " (" + location + ")") + " " + column + ": " + messageKey
                + Arrays.toString(arguments);
    }
}
