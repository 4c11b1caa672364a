package it.integra.interchange.internal;

import it.integra.interchange.Column;
import it.integra.interchange.RowMatch;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The temporary table {@code staging} that holds a file's valid rows until the upsert. */
final class StagingTable {

    private StagingTable() {
    }

    /** The staging table of these columns and, when a dataset matches its rows, the match's column. */
    static void create(JdbcClient jdbc, List<Column> columns, RowMatch match) {
        String definitions = columns.stream()
                .map(c -> c.name() + " " + c.sqlType())
                .collect(Collectors.joining(", "))
                + (match == null ? "" : ", " + match.column() + " " + match.sqlType());
        jdbc.sql("DROP TABLE IF EXISTS staging").update();
        jdbc.sql("CREATE TEMPORARY TABLE staging (row_no integer NOT NULL, " + definitions + ") ON COMMIT DROP")
                .update();
    }

    static String copySql(List<Column> columns, RowMatch match) {
        return "COPY staging (row_no, " + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + (match == null ? "" : ", " + match.column()) + ") FROM STDIN";
    }
}
