package it.integra.accounting.web;

import it.integra.accounting.BudgetManagement;
import it.integra.accounting.CallBudget;
import it.integra.accounting.PaymentCandidate;
import it.integra.accounting.PaymentFiles;
import it.integra.accounting.PaymentKind;
import it.integra.accounting.Download;
import it.integra.accounting.PaymentManagement;
import it.integra.accounting.PaymentView;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Pagamenti pages. Officers list what is due in a call (a month's allowances or the hosts' amounts),
 * prepare a payment order, download it for the bank and mark it paid; providers see the payments to
 * their own trainees and hosts. Each page or file that names trainees is one entry of the access log.
 */
@Controller
@RequestMapping("/accounting/payments")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class PaymentsController {

    private final PaymentManagement payments;
    private final PaymentFiles files;
    private final BudgetManagement budgets;
    private final CallManagement calls;
    private final Clock clock;
    private final ParticipantAccessLog accessLog;

    PaymentsController(PaymentManagement payments, PaymentFiles files, BudgetManagement budgets, CallManagement calls,
                       Clock clock, ParticipantAccessLog accessLog) {
        this.payments = payments;
        this.files = files;
        this.budgets = budgets;
        this.calls = calls;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "ALLOWANCE") PaymentKind kind, @RequestParam(required = false) String call,
                @RequestParam(required = false) String month, CurrentUser user, Model model) {
        if (!user.isAuthorityStaff()) {
            List<PaymentView> own = payments.ofProvider(user);
            logTrainees(own, "payments", user);
            model.addAttribute("payments", own);
            return "accounting/payments-provider";
        }
        YearMonth chosenMonth = month(month).orElse(YearMonth.now(clock).minusMonths(1));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PaymentKind.values());
        model.addAttribute("call", call);
        model.addAttribute("month", chosenMonth);
        model.addAttribute("calls", budgets.overview(user).stream().map(CallBudget::callCode).toList());
        List<PaymentCandidate> due = calls.find(call == null ? "" : call)
                .map(found -> payments.due(kind, found.id(), chosenMonth.atDay(1), user)).orElse(List.of());
        accessLog.readMany(user, AccessAction.LIST, "payments", ParticipantAccessLog.filter("kind", kind, "call", call,
                "month", chosenMonth), due.stream().filter(d -> d.kind() == PaymentKind.ALLOWANCE)
                .map(PaymentCandidate::internshipId).distinct().count());
        model.addAttribute("due", due);
        model.addAttribute("orders", payments.orders(user));
        return "accounting/payments";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String prepare(@RequestParam PaymentKind kind, @RequestParam String call, @RequestParam(required = false) String month,
                   CurrentUser user, RedirectAttributes redirect) {
        LocalDate first = month(month).orElse(YearMonth.now(clock)).atDay(1);
        try {
            long callId = calls.find(call).orElseThrow(() -> new it.integra.accounting.PaymentNotFoundException(call)).id();
            long id = payments.prepare(kind, callId, first, user);
            redirect.addFlashAttribute("notice", "payments.notice.prepared");
            return "redirect:/accounting/payments/" + id;
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/accounting/payments?kind=" + kind + "&call=" + call + "&month=" + YearMonth.from(first);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String order(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("order", payments.order(id, user));
        List<PaymentView> list = payments.payments(id, user);
        logTrainees(list, "payments/" + id, user);
        model.addAttribute("payments", list);
        return "accounting/payment-order";
    }

    @GetMapping("/{id}/bank.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    ResponseEntity<byte[]> bank(@PathVariable long id, CurrentUser user) {
        Download csv = files.bankCsv(id, user);
        logTrainees(payments.payments(id, user), "payments/" + id + "/bank.csv", user);
        return Downloads.of(csv, Downloads.CSV);
    }

    /** An order's allowances name the trainees they pay, with their IBAN: one entry of the access log. */
    private void logTrainees(List<PaymentView> list, String what, CurrentUser user) {
        accessLog.readMany(user, AccessAction.LIST, what, null,
                list.stream().filter(p -> p.kind() == PaymentKind.ALLOWANCE).map(PaymentView::internshipId).distinct().count());
    }

    @PostMapping("/{id}/paid")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String paid(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            payments.markPaid(id, user);
            redirect.addFlashAttribute("notice", "payments.notice.paid");
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/accounting/payments/" + id;
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
