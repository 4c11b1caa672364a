package it.integra.interchange.internal;

import it.integra.interchange.Column;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The temporary table {@code staging} that holds a file's valid rows until the upsert. */
final class StagingTable {

    private StagingTable() {
    }

    static void create(JdbcClient jdbc, List<Column> columns) {
        String definitions = columns.stream()
                .map(c -> c.name() + " " + c.sqlType())
                .collect(Collectors.joining(", "));
        jdbc.sql("DROP TABLE IF EXISTS staging").update();
        jdbc.sql("CREATE TEMPORARY TABLE staging (row_no integer NOT NULL, " + definitions + ") ON COMMIT DROP")
                .update();
    }

    static String copySql(List<Column> columns) {
        return "COPY staging (row_no, " + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") FROM STDIN";
    }
}
