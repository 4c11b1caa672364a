package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.platform.CurrentUser;
import it.integra.shared.SpreadsheetCells;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Reports", description = "Monitoring reports of the interchange contract")
class ReportsApiController {

    static final Set<String> TERRITORIAL = Set.of("territory", "sectors", "profile");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MonitoringReports reports;
    private final Clock clock;
    private final MessageSource messages;

    ReportsApiController(MonitoringReports reports, Clock clock, MessageSource messages) {
        this.reports = reports;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/api/v1/reports/{report}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST', 'PROVIDER')")
    @Operation(summary = "A monitoring report, as JSON, CSV (Accept: text/csv or format=csv) or XLSX (format=xlsx)",
            description = "Reports: funnel, summary, territory, sectors, profile, services, outcomes. Filters: call "
                    + "(repeatable) or programme; region for territory, sectors and profile; asOf for outcomes. "
                    + "Optional: province (sigla) and the period from/to (ISO dates, inclusive) on the clearances' "
                    + "request date and the applications' submission date; outcomes ignores them. A provider's "
                    + "operator gets the figures of its own provider; an analyst bound to a region the territorial "
                    + "reports of that region only (403 for another region or a national report).")
    ResponseEntity<?> report(@PathVariable String report,
                             @RequestParam(name = "call", required = false) List<String> calls,
                             @RequestParam(required = false) String programme,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String province,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestHeader(name = "Accept", required = false) String accept,
                             @RequestParam(required = false) String format,
                             CurrentUser user, Locale locale) throws IOException {
        LocalDate reference = PeriodParams.date("asOf", asOf);
        ReportFilter requested = new ReportFilter(calls, programme, region,
                reference == null ? LocalDate.now(clock) : reference, province, PeriodParams.date("from", from), PeriodParams.date("to", to));
        ReportFilter filter = ReportAccess.scoped(requested, TERRITORIAL.contains(report), user);
        Object body = compute(report, filter, locale);
        String file = report + "-" + scopeName(filter);
        if ("xlsx".equals(format) || format == null && accept != null && accept.contains(ReportWorkbook.MEDIA_TYPE)) {
            String title = messages.getMessage("report.title." + report, null, locale) + " (" + file + ")";
            return download(MediaType.parseMediaType(ReportWorkbook.MEDIA_TYPE), file + ".xlsx",
                    ReportWorkbook.write(report, title, ReportTables.of(body)));
        }
        if ("csv".equals(format) || format == null && accept != null && accept.contains("text/csv")) {
            return download(TEXT_CSV, file + ".csv", csv(ReportTables.of(body)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * What a download covers, for its file name: the calls, else the programme, else "all"; then the
     * region. Only letters, digits, dots and dashes, so the name is safe in a header and on any disk.
     */
    static String scopeName(ReportFilter filter) {
        String scope = !filter.calls().isEmpty() ? String.join("_", filter.calls())
                : filter.programme() != null ? filter.programme() : "all";
        if (filter.region() != null) {
            scope += "-" + filter.region();
        }
        return scope.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static ResponseEntity<?> download(MediaType type, String fileName, Object content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }

    private Object compute(String report, ReportFilter filter, Locale locale) {
        return switch (report) {
            case "funnel" -> reports.funnel(filter);
            case "summary" -> reports.summary(filter);
            case "territory" -> reports.territory(filter);
            case "sectors" -> reports.sectors(filter, locale);
            case "profile" -> reports.profile(filter);
            case "services" -> reports.services(filter);
            case "outcomes" -> reports.outcomes(filter);
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                    "unknown report " + report);
        };
    }

    private static String csv(ReportTables.Table table) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(SpreadsheetCells.row(row));
            }
        }
        return out.toString();
    }
}
