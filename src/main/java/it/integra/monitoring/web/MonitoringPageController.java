package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.Reports;
import it.integra.monitoring.ReviewNotes;
import it.integra.platform.ViolationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import it.integra.monitoring.UnknownFilterException;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.platform.Redirects;
import it.integra.programme.CallManagement;
import it.integra.programme.CallQuery;
import it.integra.programme.ProgrammeCatalogue;
import it.integra.shared.Territory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Monitoraggio page: the reports of the interchange contract for a programme, calls, a region, a
 * province and a period, as figures, tables and charts; every number links to the records behind it.
 * Analysts bound to a region see that region's territorial figures and are refused (403) another region.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
class MonitoringPageController {

    private final MonitoringReports reports;
    private final ProgrammeCatalogue programmes;
    private final CallManagement calls;
    private final ReviewNotes notes;
    private final Clock clock;

    MonitoringPageController(MonitoringReports reports, ProgrammeCatalogue programmes, CallManagement calls,
                             ReviewNotes notes, Clock clock) {
        this.reports = reports;
        this.programmes = programmes;
        this.calls = calls;
        this.notes = notes;
        this.clock = clock;
    }

    @PostMapping("/monitoring/notes")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String addNote(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String theme,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String text,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notedOn,
                   CurrentUser user, RedirectAttributes redirect) {
        try {
            notes.add(new ReviewNotes.AddNote(regionCode, theme, kind, text, notedOn), user);
            redirect.addFlashAttribute("notice", "review.notice.added");
        } catch (ViolationException e) {
            redirect.addFlashAttribute("noteProblems", e.violations());
            redirect.addFlashAttribute("noteText", text);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/monitoring")
                .queryParam("region", Redirects.singleLine("regionCode", regionCode == null ? "" : regionCode))
                .fragment("review-notes").encode().build().toUriString();
    }

    @GetMapping("/monitoring")
    String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String call,
                @RequestParam(required = false) String region,
                @RequestParam(required = false) String asOf,
                @RequestParam(required = false) String province, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, CurrentUser user, Locale locale, Model model, HttpServletResponse response) {
        String scopedRegion = FigureScope.of(user).region(region);
        ReportFilter filter = new ReportFilter(call == null || call.isBlank() ? List.of() : List.of(call), programme,
                scopedRegion, Objects.requireNonNullElseGet(PeriodParams.date("asOf", asOf, model, response),
                        () -> LocalDate.now(clock)), province,
                PeriodParams.date("from", from, model, response), PeriodParams.date("to", to, model, response));
        model.addAttribute("filter", filter);
        model.addAttribute("links", new FigureLinks(filter));
        model.addAttribute("query", query(filter));
        model.addAttribute("regionLocked", user.regionScope().isPresent());
        model.addAttribute("programmes", programmes.programmes());
        model.addAttribute("calls", calls.search(new CallQuery(null, programme, null), PageRequest.of(0, 500)).getContent());
        model.addAttribute("regions", Territory.regions());
        model.addAttribute("provinces", filter.region() == null ? Territory.provinces()
                : Territory.provincesOf(filter.region()));
        if (filter.region() != null) {
            model.addAttribute("notes", notes.of(filter.region()));
            model.addAttribute("themes", ReviewNotes.THEMES);
            model.addAttribute("today", LocalDate.now(clock));
        }
        try {
            addReports(filter, user, locale, model);
        } catch (UnknownFilterException e) {
            PeriodParams.show(e, model, response);
        }
        return "monitoring/page";
    }

    /**
     * The current filters as the query string of the download links, ISO date included: Thymeleaf would
     * format a date for the reader's locale, which the API does not parse.
     */
    private static String query(ReportFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        filter.calls().forEach(call -> query.queryParam("call", call));
        if (filter.programme() != null) {
            query.queryParam("programme", filter.programme());
        }
        if (filter.region() != null) {
            query.queryParam("region", filter.region());
        }
        if (filter.province() != null) {
            query.queryParam("province", filter.province());
        }
        if (filter.from() != null) {
            query.queryParam("from", filter.from().toString());
        }
        if (filter.to() != null) {
            query.queryParam("to", filter.to().toString());
        }
        return query.queryParam("asOf", filter.asOf().toString()).encode().build().getQuery();
    }

    private void addReports(ReportFilter requested, CurrentUser user, Locale locale, Model model) {
        ReportFilter filter = ReportAccess.scoped(requested, true, user);
        if (ReportAccess.readsNational(user)) {
            model.addAttribute("funnel", reports.funnel(filter));
            model.addAttribute("summary", reports.summary(filter));
            if (!filter.narrowed()) {
                model.addAttribute("outcomes", reports.outcomes(filter));
            }
            boolean oneProgramme = filter.programme() != null || !filter.calls().isEmpty();
            if (oneProgramme) {
                model.addAttribute("services", reports.services(filter));
            }
        }
        Reports.Territory territory = reports.territory(filter);
        model.addAttribute("territory", territory);
        TerritoryTable table = TerritoryTable.of(territory);
        model.addAttribute("territoryTable", table);
        model.addAttribute("territoryChart", Charts.territory(table));
        Reports.Sectors sectors = reports.sectors(filter, locale);
        model.addAttribute("sectors", sectors);
        model.addAttribute("sectorsChart", Charts.sectors(sectors));
        model.addAttribute("profile", reports.profile(filter));
    }
}
