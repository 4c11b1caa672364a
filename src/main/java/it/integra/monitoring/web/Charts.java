package it.integra.monitoring.web;

import it.integra.monitoring.Reports;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data of the page's charts, written into {@code data-} attributes as JSON that
 * {@code static/js/charts.js} reads: the CSP forbids inline scripts.
 */
final class Charts {

    private Charts() {
    }

    /** Provinces as labels; not activated, ongoing, completed and terminated as stacked series. */
    static String territory(Reports.Territory territory) {
        List<Reports.TerritoryRow> rows = territory.rows();
        return "{\"labels\":" + strings(rows.stream().map(Reports.TerritoryRow::province).toList())
                + ",\"series\":{"
                + "\"notActivated\":" + numbers(rows.stream().map(Reports.TerritoryRow::notActivated).toList()) + ","
                + "\"ongoing\":" + numbers(rows.stream().map(Reports.TerritoryRow::ongoing).toList()) + ","
                + "\"completed\":" + numbers(rows.stream().map(Reports.TerritoryRow::completed).toList()) + ","
                + "\"terminated\":" + numbers(rows.stream().map(Reports.TerritoryRow::terminated).toList()) + "}}";
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
