package it.integra.accounting.web;

import it.integra.accounting.BudgetManagement;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.programme.CallManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The budget panel of a call's page, loaded into it by htmx: committed, accrued, claimed, paid and left by
 * fund. These are the whole call's figures, so they follow the scope of the report API's national reports:
 * the authority and national analysts; a provider's operator sees its own share in the accounting overview.
 */
@Controller
class CallBudgetController {

    private final CallManagement calls;
    private final BudgetManagement budgets;

    CallBudgetController(CallManagement calls, BudgetManagement budgets) {
        this.calls = calls;
        this.budgets = budgets;
    }

    @GetMapping("/accounting/calls/{code}/budget")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
    String budget(@PathVariable String code, CurrentUser user, Model model) {
        if (!FigureScope.of(user).readsNational()) {
            throw new AccessDeniedException("a call's budget is a national figure");
        }
        var call = calls.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("budget", budgets.budget(call));
        model.addAttribute("moreLink", user.isAuthorityStaff());
        return "accounting/call-budget :: budget";
    }
}
