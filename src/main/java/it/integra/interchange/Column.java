package it.integra.interchange;

import java.util.Objects;

/**
 * A column of a dataset: its header name, whether a value is required, how a cell is read, and the
 * PostgreSQL type of its staging column.
 */
public record Column(String name, boolean required, CellParser parser, String sqlType) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(sqlType, "sqlType");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are snake_case identifiers: " + name);
        }
    }

    public static Column required(String name, Cells.Cell cell) {
        return new Column(name, true, cell.parser(), cell.sqlType());
    }

    public static Column optional(String name, Cells.Cell cell) {
        return new Column(name, false, cell.parser(), cell.sqlType());
    }
}
