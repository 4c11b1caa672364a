package it.integra.accounting.web;

import it.integra.accounting.BudgetManagement;
import it.integra.accounting.BudgetTimeline;
import it.integra.accounting.CallBudget;
import it.integra.accounting.ClaimQueries;
import it.integra.accounting.ClaimStatus;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Servizi e dote page: each call's money by fund (committed, accrued, claimed, paid, left) with a
 * chart over time, and the way to hours, claims and payments. Providers see their own pathways' figures.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class AccountingPageController {

    private final BudgetManagement budgets;
    private final ClaimQueries claims;

    AccountingPageController(BudgetManagement budgets, ClaimQueries claims) {
        this.budgets = budgets;
        this.claims = claims;
    }

    @GetMapping("/accounting")
    String overview(@RequestParam(required = false) String call, CurrentUser user, Model model) {
        List<CallBudget> calls = budgets.overview(user);
        CallBudget chosen = calls.stream().filter(b -> b.callCode().equals(call)).findFirst().orElse(null);
        BudgetTimeline timeline = budgets.timeline(chosen == null ? null : chosen.callId(), user);
        model.addAttribute("budgets", chosen == null ? calls : List.of(chosen));
        model.addAttribute("calls", calls);
        model.addAttribute("chosen", chosen);
        model.addAttribute("timeline", timeline);
        model.addAttribute("chart", BudgetChart.json(timeline));
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("provider", user.providerScope().isPresent());
        ClaimStatus waiting = user.isAuthorityStaff() ? ClaimStatus.REQUESTED : ClaimStatus.DRAFT;
        model.addAttribute("waitingStatus", waiting);
        model.addAttribute("waitingClaims", claims.search(waiting, user, PageRequest.of(0, 1)).getTotalElements());
        return "accounting/overview";
    }
}
