package it.integra.interchange;

/**
 * A check of the staged rows against the database, written as SQL over the temporary table
 * {@code staging} (one column per dataset column plus {@code row_no}). The query returns the
 * {@code row_no} of each offending row and, optionally, a second text column {@code detail} that
 * becomes the message's first argument.
 *
 * @param column the column to blame in the error
 * @param messageKey the bundle key of the message
 * @param sql the query
 */
public record ReferenceCheck(String column, String messageKey, String sql) {

    /** Rows whose value in {@code column} is not found in {@code table.key}; the value is the message argument. */
    public static ReferenceCheck exists(String column, String messageKey, String table, String key) {
        return new ReferenceCheck(column, messageKey, "SELECT s.row_no, s." + column + " FROM staging s "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t." + key + " = s." + column + ")");
    }
}
