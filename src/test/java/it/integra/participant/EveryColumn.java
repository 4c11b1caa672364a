package it.integra.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searches every column that can hold text (text, varchar, char, json, jsonb, arrays) or bytes (bytea)
 * of every table of every schema of the application, as the database lists them, for values: a new
 * table or column is searched without anyone having to name it here. Text is compared without regard
 * to case; bytes byte for byte, as UTF-8.
 */
final class EveryColumn {

    private static final String COLUMNS = """
            SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS name, c.data_type AS type
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE t.table_type = 'BASE TABLE'
              AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg\\_%'
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
            ORDER BY 1, 2, 3""";

    private record Column(String schema, String table, String name, String type) {

        String qualified() {
            return "\"" + schema + "\".\"" + table + "\"";
        }
    }

    private EveryColumn() {
    }

    /** How many columns are searched: the sweep is only as good as this is large. */
    static int searched(JdbcClient jdbc) {
        return columns(jdbc).size();
    }

    /** Where each value is found, as {@code schema.table.column: value}; empty when nowhere. */
    static List<String> holding(JdbcClient jdbc, Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (Column column : columns(jdbc)) {
            for (String value : values) {
                if (holds(jdbc, column, value)) {
                    found.add(column.schema() + "." + column.table() + "." + column.name() + ": " + value);
                }
            }
        }
        return found;
    }

    private static boolean holds(JdbcClient jdbc, Column column, String value) {
        String name = "\"" + column.name() + "\"";
        String where = column.type().equals("bytea")
                ? "position(convert_to(:value, 'UTF8') IN " + name + ") > 0"
                : "strpos(lower(" + name + "::text), lower(:value)) > 0";
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + column.qualified() + " WHERE " + where + ")")
                .param("value", value).query(Boolean.class).single();
    }

    private static List<Column> columns(JdbcClient jdbc) {
        return jdbc.sql(COLUMNS).query(Column.class).list();
    }
}
