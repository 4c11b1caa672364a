package it.integra.monitoring.web;

import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monitoring pack download of the Monitoraggio page: the reports of a call or a programme as one
 * PDF. It holds national figures, so analysts bound to a region are refused it.
 */
@Controller
class MonitoringPackController {

    private final MonitoringPack pack;
    private final Clock clock;

    MonitoringPackController(MonitoringPack pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
    }

    @GetMapping("/monitoring/pack.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
    ResponseEntity<byte[]> pack(@RequestParam(required = false) String call,
                                @RequestParam(required = false) String programme,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) String asOf,
                                CurrentUser user, Locale locale) {
        if (!ReportAccess.readsNational(user)) {
            throw new AccessDeniedException("the monitoring pack holds national figures");
        }
        if (blank(call) && blank(programme)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a call or a programme is required");
        }
        LocalDate reference = PeriodParams.date("asOf", asOf);
        ReportFilter filter = ReportAccess.scoped(new ReportFilter(blank(call) ? List.of() : List.of(call), programme,
                region, reference == null ? LocalDate.now(clock) : reference), false, user);
        byte[] pdf = pack.pdf(filter, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"monitoring-" + ReportsApiController.scopeName(filter) + ".pdf\"")
                .body(pdf);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
