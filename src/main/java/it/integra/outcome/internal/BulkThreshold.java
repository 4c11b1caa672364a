package it.integra.outcome.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a write is large enough to suspend a table's indexes and build them again afterwards: at least
 * {@code integra.outcome.bulk.rows} rows (50,000) and at least {@code integra.outcome.bulk.share} of
 * the rows already stored (a quarter). Below that, maintaining the indexes row by row costs less.
 * What is derived from a table is recomputed whole when a write changes most of the table.
 */
@Component
class BulkThreshold {

    private final long rows;
    private final double share;
    private final double recomputeShare;

    BulkThreshold(@Value("${integra.outcome.bulk.rows:50000}") long rows,
                  @Value("${integra.outcome.bulk.share:0.25}") double share,
                  @Value("${integra.outcome.bulk.recompute-share:0.5}") double recomputeShare) {
        this.rows = rows;
        this.share = share;
        this.recomputeShare = recomputeShare;
    }

    boolean applies(JdbcClient jdbc, String table, long written) {
        return written >= rows && written >= share * storedRows(jdbc, table);
    }

    /**
     * Whether a bulk write of {@code changed} rows is also most of the table ({@code
     * integra.outcome.bulk.recompute-share} of it, half): what is derived from the table is then best
     * computed again whole, which can be shared between cores, rather than for the rows written.
     */
    boolean recomputesAll(JdbcClient jdbc, String table, long changed) {
        return changed >= rows && changed >= recomputeShare * storedRows(jdbc, table);
    }

    /** The planner's estimate of the stored rows: exact enough to choose between two ways of writing. */
    private static long storedRows(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = CAST(:table AS regclass)")
                .param("table", table).query(Long.class).single();
    }
}
