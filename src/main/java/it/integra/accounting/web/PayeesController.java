package it.integra.accounting.web;

import it.integra.accounting.PayeeAccount;
import it.integra.accounting.PayeeKind;
import it.integra.accounting.PayeeManagement;
import it.integra.accounting.PaymentNotFoundException;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.shared.Iban;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A trainee's or a host's account for payments: the IBAN, kept by the authority and the providers that work with them. */
@Controller
@RequestMapping("/accounting/payees/{kind}/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class PayeesController {

    private final PayeeManagement payees;
    private final ParticipantAccessLog accessLog;

    PayeesController(PayeeManagement payees, ParticipantAccessLog accessLog) {
        this.payees = payees;
        this.accessLog = accessLog;
    }

    @GetMapping
    String form(@PathVariable PayeeKind kind, @PathVariable long id, CurrentUser user, Model model) {
        PayeeAccount payee = payees.find(kind, id, user).orElseThrow(() -> new PaymentNotFoundException(kind + " " + id));
        if (kind == PayeeKind.PARTICIPANT) {
            accessLog.read(id, user, AccessAction.PAYEE, "payee/" + id);
        }
        model.addAttribute("payee", payee);
        model.addAttribute("iban", Iban.grouped(payee.iban()));
        return "accounting/payee";
    }

    @PostMapping
    String save(@PathVariable PayeeKind kind, @PathVariable long id, @RequestParam(required = false) String iban,
                @RequestParam(defaultValue = "-1") int version, CurrentUser user, Model model,
                RedirectAttributes redirect) {
        try {
            payees.save(kind, id, iban, version, user);
            redirect.addFlashAttribute("notice", "payees.notice.saved");
            return "redirect:/accounting/payees/" + kind + "/" + id;
        } catch (ViolationException e) {
            model.addAttribute("payee", payees.find(kind, id, user).orElseThrow());
            model.addAttribute("iban", iban);
            model.addAttribute("problems", e.violations());
            return "accounting/payee";
        }
    }
}
