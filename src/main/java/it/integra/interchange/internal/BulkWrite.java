package it.integra.interchange.internal;

import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.UpsertCounts;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dataset's upsert of one import, with its tables' foreign keys and indexes that are not unique
 * suspended when the import is a bulk write ({@link Suspended}): at least {@link #FROM} staged rows, and at least {@link #SHARE}
 * of the rows already in the largest of the dataset's tables (a national programme's history into a new
 * instance, not a month's update into a full one, where checking the whole table again would cost more
 * than the rows written). Its {@link #toString()} says where the time went, for the import's log line.
 */
final class BulkWrite {

    static final long FROM = 50_000;
    static final double SHARE = 0.25;

    private final Dataset dataset;
    private final ImportContext context;
    private final long staged;
    private long upsertNanos;
    private long keysNanos;
    private int suspended;

    /** {@code staged}: the rows the upsert writes from the staging table (0 when they went in by COPY). */
    BulkWrite(Dataset dataset, ImportContext context, long staged) {
        this.dataset = dataset;
        this.context = context;
        this.staged = staged;
    }

    UpsertCounts upsert(long loadedDirectly) {
        JdbcClient jdbc = context.jdbc();
        long start = System.nanoTime();
        Suspended keys = bulk(jdbc) ? Suspended.of(jdbc, dataset.tables()) : Suspended.nothing(jdbc);
        suspended = keys.count();
        long writing = System.nanoTime();
        UpsertCounts counts = dataset.upsert(context, loadedDirectly);
        long written = System.nanoTime();
        keys.restore();
        upsertNanos = written - writing;
        keysNanos = writing - start + System.nanoTime() - written;
        return counts;
    }

    private boolean bulk(JdbcClient jdbc) {
        List<String> tables = dataset.tables();
        if (tables.isEmpty() || staged < FROM) {
            return false;
        }
        long stored = jdbc.sql("""
                        SELECT coalesce(max(greatest(reltuples, 0)), 0)::bigint FROM pg_class
                        WHERE oid = ANY (CAST(:tables AS regclass[]))""")
                .param("tables", tables.toArray(String[]::new)).query(Long.class).single();
        return staged >= SHARE * stored;
    }

    @Override
    public String toString() {
        return "upsert with its triggers " + upsertNanos / 1_000_000 + " ms, "
                + (suspended > 0 ? suspended + " foreign keys and indexes suspended and restored in "
                + keysNanos / 1_000_000 + " ms" : "foreign keys and indexes kept");
    }
}
