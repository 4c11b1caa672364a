package it.integra.interchange;

/**
 * Finds in memory, for each valid row as it is read, the record it belongs to, and stages the answer
 * beside the row's cells in an extra column of {@code staging}. A row that belongs to no record is
 * not staged: it counts as skipped. Matching while the file is read spares the upsert a join of every
 * row and spares staging the rows nobody needs (most of a regional extract of hiring communications
 * concerns people who are not participants).
 */
public interface RowMatch {

    /** The extra column's name in {@code staging}. */
    String column();

    /** The extra column's SQL type. */
    String sqlType();

    /** The value staged with this row, or null to skip it. */
    String match(ParsedRow row);
}
