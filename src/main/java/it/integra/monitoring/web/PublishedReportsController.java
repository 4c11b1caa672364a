package it.integra.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.Reports;
import it.integra.monitoring.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the territorial tables as they may be published, with counts from 1 to 4 suppressed and
 * enough others that none can be worked out from the totals. Suppressed cells are null (empty in CSV).
 * Anyone may read them.
 */
@RestController
@Tag(name = "Open data", description = "Published tables with statistical disclosure control")
class PublishedReportsController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final MonitoringReports reports;
    private final Clock clock;

    PublishedReportsController(MonitoringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/published/territory")
    @Operation(summary = "Pathways by province (not activated, ongoing, completed, ended early, total), suppressed for publication")
    ResponseEntity<?> territory(@RequestParam(name = "call", required = false) List<String> calls,
                                @RequestParam(required = false) String programme,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) String province,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) String format) throws IOException {
        Reports.Territory territory = reports.territory(new ReportFilter(calls, programme, region, LocalDate.now(clock),
                province, PeriodParams.date("from", from), PeriodParams.date("to", to)));
        List<String> labels = new ArrayList<>(territory.rows().stream().map(Reports.TerritoryRow::province).toList());
        long[][] cells = territory.rows().stream()
                .map(r -> new long[] {r.notActivated(), r.ongoing(), r.completed(), r.terminated()})
                .toArray(long[][]::new);
        return table(labels, List.of("province", "notActivated", "ongoing", "completed", "terminated", "total"), cells,
                format);
    }

    @GetMapping("/api/v1/published/sectors")
    @Operation(summary = "Internships by ATECO section, suppressed for publication")
    ResponseEntity<?> sectors(@RequestParam(name = "call", required = false) List<String> calls,
                              @RequestParam(required = false) String programme,
                              @RequestParam(required = false) String region,
                              @RequestParam(required = false) String province,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) String format) throws IOException {
        Reports.Sectors sectors = reports.sectors(new ReportFilter(calls, programme, region, LocalDate.now(clock),
                province, PeriodParams.date("from", from), PeriodParams.date("to", to)), Locale.ITALIAN);
        List<String> labels = new ArrayList<>(sectors.rows().stream().map(Reports.SectorRow::section).toList());
        long[][] cells = sectors.rows().stream().map(r -> new long[] {r.internships()}).toArray(long[][]::new);
        return table(labels, List.of("section", "internships"), cells, format);
    }

    /** The table with suppressed cells as null; row totals are kept only for tables of several columns. */
    private static ResponseEntity<?> table(List<String> labels, List<String> header, long[][] cells, String format)
            throws IOException {
        long[][] grid = Suppression.withTotals(cells);
        boolean[][] hidden = Suppression.pattern(cells);
        int columns = cells.length == 0 ? header.size() - 1 : cells[0].length;
        boolean rowTotals = header.size() > columns + 1;
        labels.add("TOTAL");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(header.get(0), labels.get(r));
            for (int c = 0; c < columns + (rowTotals ? 1 : 0); c++) {
                row.put(header.get(c + 1), hidden[r][c] ? null : grid[r][c]);
            }
            rows.add(row);
        }
        if ("csv".equals(format)) {
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Map<String, Object> row : rows) {
                    csv.printRecord(row.values().stream().map(v -> v == null ? "" : v).toList());
                }
            }
            return ResponseEntity.ok().contentType(TEXT_CSV).body(out.toString());
        }
        return ResponseEntity.ok(Map.of("threshold", Suppression.THRESHOLD, "rows", rows));
    }
}
