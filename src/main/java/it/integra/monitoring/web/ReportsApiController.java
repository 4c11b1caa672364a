package it.integra.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.platform.CurrentUser;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
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
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final MonitoringReports reports;
    private final Clock clock;

    ReportsApiController(MonitoringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/{report}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
    @Operation(summary = "A monitoring report, as JSON or (Accept: text/csv) as CSV",
            description = "Reports: funnel, summary, territory, sectors, profile, services, outcomes. Filters: call "
                    + "(repeatable) or programme; region for territory, sectors and profile; asOf for outcomes. "
                    + "Optional: province (sigla) and the period from/to (ISO dates, inclusive) on the clearances' "
                    + "request date and the applications' submission date; outcomes ignores them.")
    ResponseEntity<?> report(@PathVariable String report,
                             @RequestParam(name = "call", required = false) List<String> calls,
                             @RequestParam(required = false) String programme,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @RequestParam(required = false) String province,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestHeader(name = "Accept", required = false) String accept,
                             @RequestParam(required = false) String format,
                             CurrentUser user, Locale locale) throws IOException {
        ReportFilter requested = new ReportFilter(calls, programme, region, asOf == null ? LocalDate.now(clock) : asOf,
                province, PeriodParams.date("from", from), PeriodParams.date("to", to));
        ReportFilter filter = ReportAccess.scoped(requested, TERRITORIAL.contains(report), user);
        Object body = compute(report, filter, locale);
        if ("csv".equals(format) || format == null && accept != null && accept.contains("text/csv")) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"" + report + ".csv\"")
                    .body(csv(ReportTables.of(body)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
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
                printer.printRecord(row);
            }
        }
        return out.toString();
    }
}
