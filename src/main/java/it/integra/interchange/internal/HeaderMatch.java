package it.integra.interchange.internal;

import it.integra.interchange.Column;
import it.integra.interchange.RowError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Matches a file's header to a dataset's columns by name, in any order. Unknown, repeated and
 * missing required columns are errors of row 1; missing optional columns read as empty.
 */
record HeaderMatch(int[] positions, int width, List<RowError> errors) {

    static HeaderMatch of(CSVRecord header, List<Column> columns) {
        Map<String, Integer> byName = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i), i);
            if (name.isEmpty()) {
                errors.add(RowError.of(1, "#" + (i + 1), "import.header.empty", i + 1));
            } else if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                errors.add(RowError.of(1, name, "import.header.unknown", name));
            } else if (byName.putIfAbsent(name, i) != null) {
                errors.add(RowError.of(1, name, "import.header.repeated", name));
            }
        }
        int[] positions = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            positions[c] = byName.getOrDefault(column.name(), -1);
            if (positions[c] < 0 && column.required()) {
                errors.add(RowError.of(1, column.name(), "import.header.missing", column.name()));
            }
        }
        return new HeaderMatch(positions, header.size(), errors);
    }

    private static String clean(String raw, int index) {
        String name = index == 0 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
