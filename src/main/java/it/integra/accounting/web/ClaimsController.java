package it.integra.accounting.web;

import it.integra.accounting.BudgetManagement;
import it.integra.accounting.CallBudget;
import it.integra.accounting.ClaimDetails;
import it.integra.accounting.ClaimLine;
import it.integra.accounting.ClaimManagement;
import it.integra.accounting.ClaimNotFoundException;
import it.integra.accounting.ClaimQueries;
import it.integra.accounting.ClaimStatements;
import it.integra.accounting.ClaimStatus;
import it.integra.accounting.Download;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The Rendiconti pages: the list, a new claim with what it would contain, a claim's page and its statement.
 * A claim's lines name the people whose services it claims: its page, its statement and the lines of a
 * claim to be are each one entry of the access log with how many people they name.
 */
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
    private final ParticipantAccessLog accessLog;

    ClaimsController(ClaimManagement management, ClaimQueries queries, ClaimStatements statements,
                     BudgetManagement budgets, Clock clock, ParticipantAccessLog accessLog) {
        this.management = management;
        this.queries = queries;
        this.statements = statements;
        this.budgets = budgets;
        this.clock = clock;
        this.accessLog = accessLog;
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
        ClaimDetails claim = visible(id, user);
        logPeople(claim.lines(), "claims/" + id, null, user);
        model.addAttribute("claim", claim);
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("provider", user.providerScope().isPresent());
        return "accounting/claim";
    }

    @GetMapping("/{id}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user, Locale locale) {
        Download pdf = statements.pdf(id, user, locale);
        logPeople(visible(id, user).lines(), "claims/" + id + "/statement.pdf", null, user);
        return Downloads.of(pdf, MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/statement.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, CurrentUser user) {
        Download csv = statements.csv(id, user);
        logPeople(visible(id, user).lines(), "claims/" + id + "/statement.csv", null, user);
        return Downloads.of(csv, Downloads.CSV);
    }

    private ClaimDetails visible(long id, CurrentUser user) {
        return queries.find(id, user).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    /** Lines name people by tax code and name: one entry of the access log with how many people (none: no entry). */
    private void logPeople(List<ClaimLine> lines, String what, String filter, CurrentUser user) {
        accessLog.readMany(user, AccessAction.LIST, what, filter,
                lines.stream().map(ClaimLine::taxCode).distinct().count());
    }

    private String formView(ClaimForm form, CurrentUser user, Model model) {
        model.addAttribute("calls", budgets.overview(user).stream().map(CallBudget::callCode).toList());
        List<ClaimLine> lines = form.getCallCode() == null ? List.of()
                : queries.claimable(form.getCallCode(), form.getPeriodFrom(), form.getPeriodTo(), user);
        logPeople(lines, "claims/new", ParticipantAccessLog.filter("call", form.getCallCode(), "from",
                form.getPeriodFrom(), "to", form.getPeriodTo()), user);
        model.addAttribute("lines", lines);
        return "accounting/claim-new";
    }
}
