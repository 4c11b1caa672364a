package it.integra.interchange.internal;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row's values by column name, read through to the array the row was read into: the row rules of a
 * million-row file look up a cell or two per row, and copying every row into a map of its own cost
 * more than the rules themselves. Read-only; it shows whatever row the array holds at the time.
 */
final class RowView extends AbstractMap<String, String> {

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();
    private final String[] values;

    RowView(List<String> names, String[] values) {
        this.names = names;
        this.values = values;
        for (int c = 0; c < names.size(); c++) {
            positions.put(names.get(c), c);
        }
    }

    @Override
    public String get(Object name) {
        Integer c = positions.get(name);
        return c == null ? null : values[c];
    }

    @Override
    public boolean containsKey(Object name) {
        return positions.containsKey(name);
    }

    /** A copy, in column order: for the rare caller that walks the whole row. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> copy = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            copy.put(names.get(c), values[c]);
        }
        return copy.entrySet();
    }
}
