package it.integra.interchange.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a bulk import suspends on the tables it writes, in its own transaction, and restores after its
 * upsert: their foreign keys and their indexes that are not unique. Kept, a foreign key checks each row
 * written on its own (a query and a lock on the referenced row: 7.4 million of them for the service
 * hours of a national programme) and each index takes each row in turn; restored, a foreign key checks
 * the whole table in one join and an index is built in one sort. Unique indexes stay: they are the
 * upserts' conflict targets and the keys other tables refer to. A row that breaks a restored constraint
 * makes the import fail and roll back, and the import's own checks have refused such rows before. The
 * price: from the suspension until the commit, the written tables and the tables they refer to take no
 * other writes, and readers of the written tables wait.
 */
final class Suspended {

    private static final String STATEMENTS = """
            SELECT 'ALTER TABLE ' || c.conrelid::regclass || ' DROP CONSTRAINT ' || quote_ident(c.conname),
                   'ALTER TABLE ' || c.conrelid::regclass || ' ADD CONSTRAINT ' || quote_ident(c.conname)
                   || ' ' || pg_get_constraintdef(c.oid), 2
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY (CAST(:tables AS regclass[]))
            UNION ALL
            SELECT 'DROP INDEX ' || i.indexrelid::regclass, pg_get_indexdef(i.indexrelid), 1
            FROM pg_index i
            WHERE NOT i.indisunique AND i.indrelid = ANY (CAST(:tables AS regclass[]))
            ORDER BY 3, 1""";

    private final JdbcClient jdbc;
    private final List<String> restore;

    private Suspended(JdbcClient jdbc, List<String> restore) {
        this.jdbc = jdbc;
        this.restore = restore;
    }

    /** Suspends the foreign keys and the indexes that are not unique of the schema-qualified {@code tables}. */
    static Suspended of(JdbcClient jdbc, List<String> tables) {
        List<String[]> statements = jdbc.sql(STATEMENTS)
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        statements.forEach(statement -> jdbc.sql(statement[0]).update());
        return new Suspended(jdbc, statements.stream().map(statement -> statement[1]).toList());
    }

    static Suspended nothing(JdbcClient jdbc) {
        return new Suspended(jdbc, List.of());
    }

    int count() {
        return restore.size();
    }

    /** Builds the indexes again, then adds the foreign keys again, each checked over the whole table. */
    void restore() {
        restore.forEach(statement -> jdbc.sql(statement).update());
    }
}
