package it.integra.monitoring.web;

import it.integra.monitoring.Reports;
import it.integra.shared.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territory report as the page shows it: provinces by name under their regions (in ISTAT order),
 * each region with the subtotal of its provinces, and the report's total. The subtotals are summed here
 * from the province rows, so that they always add up to what the table shows. Public for the templates.
 *
 * @param groups the regions that have at least one province in the report
 * @param total the report's total, as the report computed it
 */
public record TerritoryTable(List<Group> groups, Reports.TerritoryCounts total) {

    /** The figures of a row in the table's order, as the figure keys {@code territory.<column>} name them. */
    public static final List<String> COLUMNS = List.of("notActivated", "activated", "ongoing", "completed",
            "terminated", "total");

    /**
     * Up to this many provinces (the largest region's, Lombardia's 12) the table is read province by province:
     * every figure links to its records and the chart has a bar per province. A larger table links each region
     * to its own table instead, which keeps the page's links few, and the chart has a bar per region.
     */
    static final int CELL_LINKS_UP_TO = 12;

    /** A region and its provinces; a province code missing from the reference list is a group of its own, without a region. */
    public record Group(String regionCode, String regionName, Reports.TerritoryCounts subtotal, List<Line> provinces) {

        public List<Long> values() {
            return TerritoryTable.values(subtotal);
        }
    }

    /** A province's row with the province's name. */
    public record Line(String code, String name, String regionCode, Reports.TerritoryRow counts) {

        public List<Long> values() {
            return List.of(counts.notActivated(), counts.activated(), counts.ongoing(), counts.completed(),
                    counts.terminated(), counts.total());
        }
    }

    public TerritoryTable {
        groups = List.copyOf(groups);
    }

    static TerritoryTable of(Reports.Territory territory) {
        Map<String, List<Line>> byRegion = new LinkedHashMap<>();
        territory.rows().stream().map(TerritoryTable::line)
                .sorted(Comparator.comparing((Line l) -> l.regionCode() == null ? "~" : l.regionCode())
                        .thenComparing(Line::name))
                .forEach(l -> byRegion.computeIfAbsent(l.regionCode() == null ? "~" + l.code() : l.regionCode(),
                        key -> new ArrayList<>()).add(l));
        List<Group> groups = byRegion.values().stream().map(TerritoryTable::group).toList();
        return new TerritoryTable(groups, territory.total());
    }

    public List<String> columns() {
        return COLUMNS;
    }

    public List<Long> totalValues() {
        return values(total);
    }

    /** Whether each province's figures link to their records and have a bar of the chart (see {@link #CELL_LINKS_UP_TO}). */
    public boolean byProvince() {
        return groups.stream().mapToInt(g -> g.provinces().size()).sum() <= CELL_LINKS_UP_TO;
    }

    private static List<Long> values(Reports.TerritoryCounts c) {
        return List.of(c.notActivated(), c.activated(), c.ongoing(), c.completed(), c.terminated(), c.total());
    }

    private static Line line(Reports.TerritoryRow row) {
        return Territory.province(row.province())
                .map(p -> new Line(p.code(), p.name(), p.regionCode(), row))
                .orElseGet(() -> new Line(row.province(), row.province(), null, row));
    }

    private static Group group(List<Line> lines) {
        String regionCode = lines.get(0).regionCode();
        String regionName = regionCode == null ? lines.get(0).name()
                : Territory.region(regionCode).map(Territory.Region::name).orElse(regionCode);
        return new Group(regionCode, regionName, sum(lines), List.copyOf(lines));
    }

    private static Reports.TerritoryCounts sum(List<Line> lines) {
        long notActivated = 0;
        long activated = 0;
        long ongoing = 0;
        long completed = 0;
        long terminated = 0;
        long total = 0;
        for (Line line : lines) {
            Reports.TerritoryRow r = line.counts();
            notActivated += r.notActivated();
            activated += r.activated();
            ongoing += r.ongoing();
            completed += r.completed();
            terminated += r.terminated();
            total += r.total();
        }
        return new Reports.TerritoryCounts(notActivated, activated, ongoing, completed, terminated, total);
    }
}
