package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportAccess;
import it.integra.monitoring.ReportFilter;
import it.integra.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The key counts of a call's page (its funnel), loaded into it by htmx, in the reader's scope as the
 * report API gives them: a provider's operator sees its own provider's counts, an analyst bound to a
 * region is refused these national figures (403).
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
        model.addAttribute("funnel", reports.funnel(filter));
        model.addAttribute("summary", reports.summary(filter));
        return "monitoring/call-counts :: counts";
    }
}
