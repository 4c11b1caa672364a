package it.integra.outcome.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drops a table's indexes (primary key included) for a bulk load and builds them again after it,
 * exactly as the catalog defines them: building an index over a million rows costs a fraction of
 * maintaining it row by row. The drop locks the table until the transaction ends.
 */
final class SuspendedIndexes {

    private final JdbcClient jdbc;
    private final List<String> rebuild;

    private SuspendedIndexes(JdbcClient jdbc, List<String> rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    static SuspendedIndexes of(JdbcClient jdbc, String table) {
        List<String[]> statements = jdbc.sql("""
                        SELECT CASE WHEN c.oid IS NULL THEN 'DROP INDEX ' || i.indexrelid::regclass
                                    ELSE 'ALTER TABLE ' || i.indrelid::regclass || ' DROP CONSTRAINT ' || quote_ident(c.conname)
                               END,
                               CASE WHEN c.oid IS NULL THEN pg_get_indexdef(i.indexrelid)
                                    ELSE 'ALTER TABLE ' || i.indrelid::regclass || ' ADD CONSTRAINT ' || quote_ident(c.conname)
                                         || ' ' || pg_get_constraintdef(c.oid)
                               END
                        FROM pg_index i
                        LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
                                                  AND c.contype IN ('p', 'u')
                        WHERE i.indrelid = CAST(:table AS regclass)""")
                .param("table", table)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        statements.forEach(statement -> jdbc.sql(statement[0]).update());
        return new SuspendedIndexes(jdbc, statements.stream().map(statement -> statement[1]).toList());
    }

    void rebuild() {
        jdbc.sql("SET LOCAL maintenance_work_mem = '512MB'").update();
        rebuild.forEach(statement -> jdbc.sql(statement).update());
    }
}
