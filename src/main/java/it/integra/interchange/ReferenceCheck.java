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
}
