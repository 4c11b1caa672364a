package it.integra.interchange;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upsert that, into an empty table (a programme's history loaded into a new instance), is a plain
 * insert: no row can conflict, and an upsert would probe the key of each row and confirm each insertion
 * in the write-ahead log. The table is locked against other writes before it is found empty, so that it
 * stays so until the import commits; a table that holds rows is upserted as usual, without the lock.
 */
public final class EmptyTableInsert {

    private EmptyTableInsert() {
    }

    /**
     * @param table the schema-qualified table written
     * @param insert a plain {@code INSERT ... SELECT} of the staged rows
     * @param upsert the dataset's upsert, for a table that holds rows
     */
    public static UpsertCounts orUpsert(JdbcClient jdbc, String table, String insert, Supplier<UpsertCounts> upsert) {
        if (empty(jdbc, table)) {
            jdbc.sql("LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE").update();
            if (empty(jdbc, table)) {
                return new UpsertCounts(jdbc.sql(insert).update(), 0, 0);
            }
        }
        return upsert.get();
    }

    private static boolean empty(JdbcClient jdbc, String table) {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + ")").query(Boolean.class).single();
    }
}
