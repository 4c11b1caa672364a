package it.integra.accounting.web;

import it.integra.accounting.BudgetManagement;
import it.integra.accounting.CallBudget;
import it.integra.accounting.ClaimManagement;
import it.integra.accounting.ClaimNotFoundException;
import it.integra.accounting.ClaimQueries;
import it.integra.accounting.ClaimStatements;
import it.integra.accounting.ClaimStatus;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Rendiconti pages: the list, a new claim with what it would contain, a claim's page and its statement. */
@Controller
@RequestMapping("/accounting/claims")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ClaimsController {

    static final int PAGE_SIZE = 20;

    private final ClaimManagement management;
    private final ClaimQueries queries;
    private final ClaimStatements statements;
    private final BudgetManagement budgets;
    private final Clock clock;

    ClaimsController(ClaimManagement management, ClaimQueries queries, ClaimStatements statements,
                     BudgetManagement budgets, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.statements = statements;
        this.budgets = budgets;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) ClaimStatus status, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("claims", PageView.of(queries.search(status, user, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE)), request));
        model.addAttribute("provider", user.providerScope().isPresent());
        return Views.pageOrFragment(request, "accounting/claims", "results");
    }

    /** The new-claim form, with the lines the chosen call and period would gather. */
    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVIDER')")
    String form(@ModelAttribute("form") ClaimForm form, CurrentUser user, Model model) {
        if (form.getPeriodTo() == null) {
            LocalDate today = LocalDate.now(clock);
            form.setPeriodFrom(today.withDayOfMonth(1).minusMonths(1));
            form.setPeriodTo(today);
        }
        return formView(form, user, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    String create(@ModelAttribute("form") ClaimForm form, BindingResult binding, CurrentUser user, Model model) {
        if (binding.hasErrors()) {
            return formView(form, user, model);
        }
        try {
            long id = management.createDraft(form.toCommand(), user);
            return "redirect:/accounting/claims/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return formView(form, user, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("claim", queries.find(id, user).orElseThrow(() -> new ClaimNotFoundException(id)));
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("provider", user.providerScope().isPresent());
        return "accounting/claim";
    }

    @GetMapping("/{id}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user, Locale locale) {
        return Downloads.of(statements.pdf(id, user, locale), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/statement.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, CurrentUser user) {
        return Downloads.of(statements.csv(id, user), Downloads.CSV);
    }

    private String formView(ClaimForm form, CurrentUser user, Model model) {
        model.addAttribute("calls", budgets.overview(user).stream().map(CallBudget::callCode).toList());
        model.addAttribute("lines", form.getCallCode() == null ? java.util.List.of()
                : queries.claimable(form.getCallCode(), form.getPeriodFrom(), form.getPeriodTo(), user));
        return "accounting/claim-new";
    }
}
