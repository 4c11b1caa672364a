package it.integra.outcome.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a write is large enough to suspend a table's indexes and build them again afterwards: at least
 * {@code integra.outcome.bulk.rows} rows (50,000) and at least {@code integra.outcome.bulk.share} of
 * the rows already stored (a quarter). Below that, maintaining the indexes row by row costs less.
 */
@Component
class BulkThreshold {

    private final long rows;
    private final double share;

    BulkThreshold(@Value("${integra.outcome.bulk.rows:50000}") long rows,
                  @Value("${integra.outcome.bulk.share:0.25}") double share) {
        this.rows = rows;
        this.share = share;
    }

    boolean applies(JdbcClient jdbc, String table, long written) {
        return written >= rows && written >= share * storedRows(jdbc, table);
    }

    /** The planner's estimate of the stored rows: exact enough to choose between two ways of writing. */
    private static long storedRows(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = CAST(:table AS regclass)")
                .param("table", table).query(Long.class).single();
    }
}
