package it.integra.monitoring.web;

import it.integra.clearance.ClearanceQueries;
import it.integra.monitoring.internal.WorkQueues;
import it.integra.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The work panel of the home page, loaded into it by htmx: officers see their queues with counts and
 * the oldest waiting date; provider operators see what their caseload needs next.
 */
@Controller
class HomePanelController {

    private final WorkQueues queues;
    private final Clock clock;

    HomePanelController(WorkQueues queues, Clock clock) {
        this.queues = queues;
        this.clock = clock;
    }

    @GetMapping("/monitoring/home-panel")
    String panel(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (user.isAuthorityStaff()) {
            model.addAttribute("items", queues.officer(today, ClearanceQueries.EXPIRING_NOTICE_DAYS));
        } else if (user.providerScope().isPresent()) {
            model.addAttribute("items", queues.provider(user.providerId(), today, ClearanceQueries.EXPIRING_NOTICE_DAYS));
        } else {
            model.addAttribute("items", java.util.List.of());
        }
        model.addAttribute("today", today);
        return "monitoring/home-panel :: panel";
    }
}
