package it.integra.outcome.web;

import it.integra.outcome.Dimension;
import it.integra.outcome.EndStatus;
import it.integra.outcome.InternshipSelection;
import it.integra.outcome.OutcomeInternships;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeScopes;
import it.integra.outcome.OutcomeViews.OutcomeInternship;
import it.integra.outcome.UnknownOutcomeFilterException;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.platform.PageView;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The internships behind one figure of the Esiti page, with names only for those who may see them. */
@Controller
@PreAuthorize("isAuthenticated()")
class OutcomeInternshipsController {

    static final int PAGE_SIZE = 25;

    private final OutcomeScopes scopes;
    private final OutcomeInternships internships;
    private final Clock clock;
    private final ParticipantAccessLog accessLog;

    OutcomeInternshipsController(OutcomeScopes scopes, OutcomeInternships internships, Clock clock,
                                 ParticipantAccessLog accessLog) {
        this.scopes = scopes;
        this.internships = internships;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping("/outcomes/internships")
    String list(@RequestParam(required = false) String programme, @RequestParam(required = false) String call,
                @RequestParam(required = false) String region,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(defaultValue = "COMPLETED") EndStatus status,
                @RequestParam(defaultValue = "ENDED") InternshipSelection.Measure measure,
                @RequestParam(required = false) Integer months, @RequestParam(required = false) String dimension,
                @RequestParam(required = false) String group, @RequestParam(required = false) String detail,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, HttpServletRequest request, Model model) {
        OutcomeFilter filter = new OutcomeFilter(programme, call, FigureScope.of(user).region(region),
                asOf == null ? LocalDate.now(clock) : asOf, status, null);
        InternshipSelection selection = selection(status, measure, months, dimension, group, detail);
        model.addAttribute("filter", filter);
        model.addAttribute("selection", selection);
        model.addAttribute("names", OutcomeInternships.seesNames(user));
        Page<OutcomeInternship> found = internships.find(scope(filter, user), filter.asOf(), selection, user,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        accessLog.readMany(user, AccessAction.LIST, "outcomes/internships", ParticipantAccessLog.filter("programme",
                        programme, "call", call, "region", region, "asOf", asOf, "status", status, "measure", measure,
                        "months", months, "dimension", dimension, "group", group, "detail", detail, "page", page),
                found.stream().map(OutcomeInternship::participantId).filter(Objects::nonNull).distinct().count());
        model.addAttribute("internships", PageView.of(found, request));
        return Views.pageOrFragment(request, "outcome/internships", "results");
    }

    private OutcomeScope scope(OutcomeFilter filter, CurrentUser user) {
        try {
            return scopes.resolve(filter.programme(), filter.call(), filter.region(), user);
        } catch (UnknownOutcomeFilterException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static InternshipSelection selection(EndStatus status, InternshipSelection.Measure measure, Integer months,
                                                 String dimension, String group, String detail) {
        try {
            Dimension by = dimension == null ? null
                    : Dimension.ofParam(dimension).orElseThrow(() -> new IllegalArgumentException(dimension));
            return new InternshipSelection(status, measure, months, by, group, detail);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
