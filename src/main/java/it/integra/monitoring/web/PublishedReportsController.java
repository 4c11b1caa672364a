package it.integra.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.monitoring.OpenData;
import it.integra.monitoring.PublishedReleases;
import it.integra.monitoring.Release;
import it.integra.monitoring.ReleaseCounts.Table;
import it.integra.monitoring.Suppression;
import it.integra.monitoring.UnknownFilterException;
import it.integra.monitoring.UnknownReleaseException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data, for anyone: fixed releases (a whole call, a whole programme, a calendar year of request)
 * of the territory and sectors tables, all suppressed together so that none, alone, with its totals or
 * subtracted from another, gives away a count from 1 to 4. Suppressed cells are null (empty in CSV).
 * No other filter is accepted: a free period, region or province would let releases be differenced.
 */
@RestController
@Tag(name = "Open data", description = "Fixed releases published with joint statistical disclosure control")
class PublishedReportsController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final Set<String> PARAMETERS = Set.of("call", "programme", "year", "format");

    private final OpenData openData;

    PublishedReportsController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/api/v1/published")
    @Operation(summary = "The catalogue of releases: every call, programme and calendar year, with the links to its tables")
    Map<String, Object> catalogue() {
        List<Map<String, String>> releases = openData.releases().releases().stream().map(r -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("kind", r.kind().parameter());
            entry.put("key", r.key());
            entry.put("territory", "/api/v1/published/territory?" + r.kind().parameter() + "=" + r.key());
            entry.put("sectors", "/api/v1/published/sectors?" + r.kind().parameter() + "=" + r.key());
            return entry;
        }).toList();
        return Map.of("threshold", Suppression.THRESHOLD, "releases", releases);
    }

    @GetMapping("/api/v1/published/territory")
    @Operation(summary = "One release (call=, programme= or year=) of pathways by province: not activated, ongoing, "
            + "completed, ended early and total, suppressed for publication; format=csv for CSV")
    ResponseEntity<?> territory(@RequestParam MultiValueMap<String, String> parameters) throws IOException {
        return table(Table.TERRITORY, "province", parameters);
    }

    @GetMapping("/api/v1/published/sectors")
    @Operation(summary = "One release (call=, programme= or year=) of internships by ATECO section, suppressed for "
            + "publication; format=csv for CSV")
    ResponseEntity<?> sectors(@RequestParam MultiValueMap<String, String> parameters) throws IOException {
        return table(Table.SECTORS, "section", parameters);
    }

    private ResponseEntity<?> table(Table table, String label, MultiValueMap<String, String> parameters)
            throws IOException {
        Release release = release(parameters);
        String format = parameters.getFirst("format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw new UnknownFilterException("published.release.format", format);
        }
        PublishedReleases.PublishedTable published = openData.releases().table(table, release)
                .orElseThrow(() -> new UnknownReleaseException(release.kind().parameter() + "=" + release.key()));
        List<String> header = new ArrayList<>(List.of(label));
        header.addAll(table.columns());
        if (table.rowTotals()) {
            header.add("total");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        published.rows().forEach(row -> rows.add(row(header, row.label(), row.cells())));
        rows.add(row(header, "TOTAL", published.total()));
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(TEXT_CSV).body(csv(header, rows));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("release", Map.of("kind", release.kind().parameter(), "key", release.key()));
        body.put("threshold", Suppression.THRESHOLD);
        body.put("rows", rows);
        return ResponseEntity.ok(body);
    }

    /** The one release asked: exactly one of call, programme and year, and nothing else but the format. */
    private static Release release(MultiValueMap<String, String> parameters) {
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new UnknownFilterException("published.release.parameter", name);
        });
        List<Release> asked = new ArrayList<>();
        for (Release.Kind kind : Release.Kind.values()) {
            List<String> values = parameters.getOrDefault(kind.parameter(), List.of());
            values.forEach(value -> asked.add(new Release(kind, value.strip())));
        }
        if (asked.size() != 1 || asked.get(0).key().isEmpty()) {
            throw new UnknownFilterException("published.release.one", String.join("&", parameters.keySet()));
        }
        return asked.get(0);
    }

    private static Map<String, Object> row(List<String> header, String label, List<Long> cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(header.get(0), label);
        for (int c = 0; c < cells.size(); c++) {
            row.put(header.get(c + 1), cells.get(c));
        }
        return row;
    }

    private static String csv(List<String> header, List<Map<String, Object>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows) {
                csv.printRecord(row.values().stream().map(v -> v == null ? "" : v).toList());
            }
        }
        return out.toString();
    }
}
