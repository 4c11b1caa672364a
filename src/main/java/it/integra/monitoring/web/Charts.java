package it.integra.monitoring.web;

import it.integra.monitoring.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data of the page's charts, written into {@code data-} attributes as JSON that
 * {@code static/js/charts.js} reads: the CSP forbids inline scripts.
 */
final class Charts {

    private Charts() {
    }

    /**
     * Provinces as labels (regions with their subtotals when the table is read by region: see
     * {@link TerritoryTable#byProvince()}); not activated, ongoing, completed and terminated as stacked series.
     */
    static String territory(TerritoryTable table) {
        List<String> labels = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        for (TerritoryTable.Group group : table.groups()) {
            if (table.byProvince()) {
                group.provinces().forEach(p -> {
                    labels.add(p.name());
                    values.add(p.values());
                });
            } else {
                labels.add(group.regionName());
                values.add(group.values());
            }
        }
        return "{\"labels\":" + strings(labels) + ",\"series\":{"
                + series("notActivated", values) + "," + series("ongoing", values) + ","
                + series("completed", values) + "," + series("terminated", values) + "}}";
    }

    private static String series(String column, List<List<Long>> values) {
        int index = TerritoryTable.COLUMNS.indexOf(column);
        return "\"" + column + "\":" + numbers(values.stream().map(v -> v.get(index)).toList());
    }

    static String sectors(Reports.Sectors sectors) {
        return "{\"labels\":" + strings(sectors.rows().stream().map(Charts::sectorLabel).toList())
                + ",\"series\":{\"internships\":"
                + numbers(sectors.rows().stream().map(Reports.SectorRow::internships).toList()) + "}}";
    }

    /** A section with the edition it belongs to, as the charts name it: {@code K (ATECO 2025)}. */
    static String sectorLabel(Reports.SectorRow row) {
        return row.section() + " (ATECO " + row.edition() + ")";
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String numbers(List<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
