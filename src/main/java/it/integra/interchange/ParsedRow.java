package it.integra.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A row whose cells have all been read: normalised values by column name, null for empty cells. */
public record ParsedRow(int row, Map<String, String> values) {

    public String get(String column) {
        return values.get(column);
    }

    public boolean has(String column) {
        return values.get(column) != null;
    }

    public LocalDate date(String column) {
        String value = values.get(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public BigDecimal decimal(String column) {
        String value = values.get(column);
        return value == null ? null : new BigDecimal(value);
    }
}
