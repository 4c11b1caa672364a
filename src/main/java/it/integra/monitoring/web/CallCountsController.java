package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.UnknownFilterException;
import it.integra.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The key counts of a call's page (its funnel), loaded into it by htmx, in the reader's scope as the
 * report API gives them: a provider's operator sees its own provider's counts, an analyst bound to a
 * region is refused these national figures (403); an unknown call is not found (404).
 */
@Controller
class CallCountsController {

    private final MonitoringReports reports;
    private final Clock clock;

    CallCountsController(MonitoringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/monitoring/calls/{code}/counts")
    String counts(@PathVariable String code, CurrentUser user, Model model) {
        ReportFilter filter = ReportAccess.scoped(new ReportFilter(List.of(code), null, null, LocalDate.now(clock)),
                false, user);
        model.addAttribute("ownProvider", filter.provider() != null);
        try {
            model.addAttribute("funnel", reports.funnel(filter));
            model.addAttribute("summary", reports.summary(filter));
        } catch (UnknownFilterException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no call " + code);
        }
        return "monitoring/call-counts :: counts";
    }
}
