package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The key counts of a call's page (its funnel), loaded into it by htmx. */
@Controller
class CallCountsController {

    private final MonitoringReports reports;
    private final Clock clock;

    CallCountsController(MonitoringReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/monitoring/calls/{code}/counts")
    String counts(@PathVariable String code, Model model) {
        ReportFilter filter = new ReportFilter(List.of(code), null, null, LocalDate.now(clock));
        model.addAttribute("funnel", reports.funnel(filter));
        model.addAttribute("summary", reports.summary(filter));
        return "monitoring/call-counts :: counts";
    }
}
