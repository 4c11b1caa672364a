package it.integra.interchange;

/**
 * Rows a dataset writes straight into their table while the file is read, by COPY, instead of staging
 * them for a set-based upsert: rows that are certainly new. The rest of the valid rows are staged as
 * usual. Everything happens in the import's transaction: a file refused for an error in a later row
 * leaves nothing behind. The engine holds the first {@link #DECIDE_AFTER} new rows in memory and then
 * tells the load how many there are (or, for a smaller file, all of them), so that it can prepare the
 * table for a large write (suspend its indexes) or not.
 */
public interface DirectLoad {

    /** The new rows held before {@link #beforeWriting} is called, unless the file ends first. */
    long DECIDE_AFTER = 50_000;

    /** Whether this valid row, matched to {@code matched} (null without a {@link RowMatch}), is certainly not stored. */
    boolean isNew(ParsedRow row, String matched);

    /** The {@code COPY table (columns) FROM STDIN} of the new rows. */
    String copySql();

    /** A new row's values in the order of {@link #copySql()} (null for NULL). */
    String[] values(ParsedRow row, String matched);

    /**
     * Before the first new row is written: {@code waiting} are ready, and more may follow unless
     * {@code all}. SQL may run on the import's connection.
     */
    void beforeWriting(long waiting, boolean all);

    /** After the file was read, when {@code written} new rows (perhaps none) were written straight. */
    void afterWriting(long written);
}
