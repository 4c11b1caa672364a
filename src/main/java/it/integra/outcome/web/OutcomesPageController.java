package it.integra.outcome.web;

import it.integra.outcome.Cohort;
import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeCurves;
import it.integra.outcome.OutcomeFigures;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeScopes;
import it.integra.outcome.OutcomeViews.Curve;
import it.integra.outcome.UnknownOutcomeFilterException;
import it.integra.platform.CurrentUser;
import it.integra.programme.CallManagement;
import it.integra.programme.CallQuery;
import it.integra.programme.ProgrammeCatalogue;
import it.integra.shared.Territory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Esiti page: who had a job 3, 6 and 12 months after the internship, completed and ended early
 * apart; who was hired by the host; the kind and length of the first contract; breakdowns; and the
 * cumulative curve by month, compared between cohorts. Every figure links to its internships.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class OutcomesPageController {

    private final OutcomeScopes scopes;
    private final OutcomeFigures figures;
    private final OutcomeCurves curves;
    private final ProgrammeCatalogue programmes;
    private final CallManagement calls;
    private final MessageSource messages;
    private final Clock clock;

    OutcomesPageController(OutcomeScopes scopes, OutcomeFigures figures, OutcomeCurves curves,
                           ProgrammeCatalogue programmes, CallManagement calls, MessageSource messages, Clock clock) {
        this.scopes = scopes;
        this.figures = figures;
        this.curves = curves;
        this.programmes = programmes;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/outcomes")
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String call,
                @RequestParam(required = false) String region,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) EndStatus status, @RequestParam(required = false) String compare,
                CurrentUser user, Locale locale, Model model) {
        OutcomeScopes.requireOwnRegion(region, user);
        OutcomeFilter filter = new OutcomeFilter(programme, call, user.regionScope().orElse(region),
                asOf == null ? LocalDate.now(clock) : asOf, status, Cohort.ofParam(compare).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("regionLocked", user.regionScope().isPresent());
        model.addAttribute("programmes", programmes.programmes());
        model.addAttribute("calls", calls.search(new CallQuery(null, filter.programme(), null), PageRequest.of(0, 500))
                .getContent());
        model.addAttribute("regions", Territory.regions());
        model.addAttribute("cohorts", Cohort.values());
        model.addAttribute("statuses", EndStatus.values());
        try {
            addFigures(scopes.resolve(filter.programme(), filter.call(), filter.region(), user), filter, locale, model);
        } catch (UnknownOutcomeFilterException e) {
            model.addAttribute("filterError", e.messageKey());
            model.addAttribute("filterValue", e.value());
        }
        return "outcome/page";
    }

    private void addFigures(OutcomeScope scope, OutcomeFilter filter, Locale locale, Model model) {
        model.addAttribute("headlines", List.of(
                figures.headline(scope, EndStatus.COMPLETED, filter.asOf()),
                figures.headline(scope, EndStatus.TERMINATED, filter.asOf())));
        model.addAttribute("headline", figures.headline(scope, filter.status(), filter.asOf()));
        model.addAttribute("mix", figures.mix(scope, filter.status(), filter.asOf()));
        model.addAttribute("breakdowns", figures.breakdowns(scope, filter.status(), filter.asOf(), locale));
        List<Curve> cohorts = curves.curves(scope, filter.status(), filter.asOf(), filter.compare());
        model.addAttribute("curves", cohorts);
        model.addAttribute("curveChart", OutcomeCharts.curves(cohorts));
        model.addAttribute("curveNames", OutcomeCharts.names(cohorts,
                messages.getMessage("outcome.curve.everyone", null, locale)));
    }
}
