package it.integra.monitoring.web;

import it.integra.monitoring.internal.PathwayTimeline;
import it.integra.monitoring.internal.PathwayTimeline.Event;
import it.integra.participant.ParticipantDirectory;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The timeline on the Percorso tab of a person's record, loaded by htmx. A provider's operator sees it
 * only for people its provider took in charge, and then only what its provider did, or a provider
 * whose pathway history the authority shared with it on a transfer.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class PathwayTimelineController {

    /** A line of the timeline as the reader sees it. */
    record Line(LocalDate day, String kind, String text, String link) {
    }

    private final PathwayTimeline timeline;
    private final ParticipantDirectory participants;
    private final MessageSource messages;
    private final ParticipantAccessLog accessLog;

    PathwayTimelineController(PathwayTimeline timeline, ParticipantDirectory participants, MessageSource messages,
                              ParticipantAccessLog accessLog) {
        this.timeline = timeline;
        this.participants = participants;
        this.messages = messages;
        this.accessLog = accessLog;
    }

    @GetMapping("/monitoring/pathways/{participantId}")
    String timeline(@PathVariable long participantId, CurrentUser user, Locale locale, Model model) {
        Long provider = user.providerScope().orElse(null);
        if (provider != null && !timeline.known(participantId, provider)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Long> providers = provider == null ? null : participants.pathwayProviders(participantId, provider);
        List<Line> lines = timeline.of(participantId, providers, provider).stream().map(e -> line(e, locale)).toList();
        accessLog.read(participantId, user, AccessAction.PATHWAY, "pathway/" + participantId);
        model.addAttribute("lines", lines);
        return "monitoring/timeline :: timeline";
    }

    private Line line(Event event, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String label = switch (event.kind()) {
            case "SERVICES", "SERVICES_MODEL" -> messages.getMessage("ServiceArea." + event.label(), null,
                    event.label(), locale);
            case "SUSPENDED" -> messages.getMessage("internships.cause." + event.label(), null, event.label(), locale);
            default -> event.label();
        };
        Object[] args = {label, event.detail() == null ? "" : event.detail(), format(number, event.quantity()),
                format(number, event.of())};
        return new Line(event.day(), event.kind(), messages.getMessage("timeline." + event.kind(), args, locale),
                event.link());
    }

    private static String format(NumberFormat number, BigDecimal value) {
        return value == null ? "" : number.format(value);
    }
}
