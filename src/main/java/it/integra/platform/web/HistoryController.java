package it.integra.platform.web;

import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.HistoryRead;
import it.integra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Storico panel of a record's page: its audit trail, for the authority's staff only. Each read is
 * announced ({@link HistoryRead}), so that the read of a person's record reaches their access log.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
class HistoryController {

    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HistoryController(AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @GetMapping("/history/{type}/{id}")
    String history(@PathVariable String type, @PathVariable long id, CurrentUser user, Model model) {
        events.publishEvent(new HistoryRead(type, id, user, false));
        model.addAttribute("entries", AuditChanges.of(audit.history(type, id), clock.getZone()));
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        return "platform/history :: history";
    }

    @GetMapping(path = "/history/{type}/{id}/export.csv", produces = "text/csv")
    ResponseEntity<String> export(@PathVariable String type, @PathVariable long id, CurrentUser user)
            throws IOException {
        events.publishEvent(new HistoryRead(type, id, user, true));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("id", "at", "actor", "action", "before", "after", "note").get())) {
            for (AuditTrail.Entry e : audit.history(type, id)) {
                csv.printRecord(SpreadsheetCells.row(e.id(), e.at().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                        e.actorName(), e.action(), e.before(), e.after(), e.note()));
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + type.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + id + "-history.csv\"")
                .body(out.toString());
    }
}
