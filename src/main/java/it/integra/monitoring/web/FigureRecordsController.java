package it.integra.monitoring.web;

import it.integra.monitoring.Figure;
import it.integra.monitoring.FigureRecord;
import it.integra.monitoring.FigureRecords;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.UnknownFilterException;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.platform.PageView;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records behind one number of the Monitoraggio page, a page at a time, with the page's filters
 * and the reader's scope. Names for administrators and officers, codes for analysts; an analyst bound
 * to a region lists that region only and is refused (403) another region or a national figure.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
class FigureRecordsController {

    static final int PAGE_SIZE = 25;

    private final FigureRecords records;
    private final Clock clock;
    private final ParticipantAccessLog accessLog;

    FigureRecordsController(FigureRecords records, Clock clock, ParticipantAccessLog accessLog) {
        this.records = records;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping("/monitoring/records")
    String list(@RequestParam(required = false) String figure, @RequestParam(required = false) String programme,
                @RequestParam(name = "call", required = false) List<String> calls,
                @RequestParam(required = false) String region, @RequestParam(required = false) String province,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String section, @RequestParam(required = false) String area,
                @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, HttpServletResponse response, Model model) {
        ReportFilter filter = new ReportFilter(calls, programme, FigureScope.of(user).region(region),
                LocalDate.now(clock), province, PeriodParams.date("from", from, model, response),
                PeriodParams.date("to", to, model, response));
        Figure chosen = Figure.ofKey(figure).orElse(null);
        model.addAttribute("filter", filter);
        model.addAttribute("figure", chosen);
        model.addAttribute("argument", "area".equals(chosen == null ? null : chosen.argument()) ? area : section);
        model.addAttribute("status", status);
        model.addAttribute("names", FigureRecords.seesNames(user));
        if (chosen == null) {
            PeriodParams.show(new UnknownFilterException("records.filter.figure", String.valueOf(figure)), model, response);
            return "monitoring/records";
        }
        if (model.containsAttribute("filterError")) {
            return "monitoring/records";
        }
        String argument = "area".equals(chosen.argument()) ? area : section;
        try {
            Page<FigureRecord> found = records.find(chosen, argument, status, filter, user,
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            if (FigureRecords.seesNames(user)) {
                accessLog.readMany(user, AccessAction.LIST, "monitoring/records", ParticipantAccessLog.filter("figure",
                                figure, "programme", programme, "call", calls, "region", region, "province", province,
                                "from", from, "to", to, "section", section, "area", area, "status", status, "page", page),
                        found.stream().map(FigureRecord::participantId).filter(java.util.Objects::nonNull).distinct().count());
            }
            model.addAttribute("records", PageView.of(found, request));
        } catch (UnknownFilterException e) {
            PeriodParams.show(e, model, response);
            return "monitoring/records";
        }
        return Views.pageOrFragment(request, "monitoring/records", "results");
    }
}
