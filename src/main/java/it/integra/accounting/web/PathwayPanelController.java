package it.integra.accounting.web;

import it.integra.accounting.HoursQueries;
import it.integra.accounting.LedgerQueries;
import it.integra.accounting.PathwayNotFoundException;
import it.integra.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pathway's panel of hours against the model, area by area, and its endowment ledger, loaded by
 * htmx into the clearance's page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class PathwayPanelController {

    private final HoursQueries hours;
    private final LedgerQueries ledgers;

    PathwayPanelController(HoursQueries hours, LedgerQueries ledgers) {
        this.hours = hours;
        this.ledgers = ledgers;
    }

    @GetMapping("/accounting/pathways/{clearanceId}/hours")
    String hours(@PathVariable long clearanceId, CurrentUser user, Model model) {
        model.addAttribute("pathway", hours.progress(clearanceId, user)
                .orElseThrow(() -> new PathwayNotFoundException(clearanceId)));
        model.addAttribute("ledger", ledgers.statement(clearanceId, user).orElseThrow());
        model.addAttribute("provider", user.providerScope().isPresent());
        return "accounting/pathway-hours :: panel";
    }
}
