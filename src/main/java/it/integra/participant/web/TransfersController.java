package it.integra.participant.web;

import it.integra.participant.ChargeSituation;
import it.integra.participant.SharedPart;
import it.integra.participant.TransferManagement;
import it.integra.participant.TransferQueries;
import it.integra.participant.TransferRequestView;
import it.integra.participant.TransferStep;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transfer requests: a provider asks to take over a person another provider has in charge; the
 * authority's queue approves, refuses and shares; the provider in charge releases; the requester
 * withdraws. Who may take which step is the facade's to decide; the pages only offer what applies.
 */
@Controller
@RequestMapping("/participants/transfers")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class TransfersController {

    static final String LIST = "participant/transfers";
    static final String DETAIL = "participant/transfer";
    static final String REQUEST = "participant/existing";

    private final TransferManagement transfers;
    private final TransferQueries queries;

    TransfersController(TransferManagement transfers, TransferQueries queries) {
        this.transfers = transfers;
        this.queries = queries;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        boolean staff = user.isAuthorityStaff();
        model.addAttribute("staff", staff);
        model.addAttribute("waiting", staff ? queries.waiting(user) : null);
        model.addAttribute("decided", staff ? queries.decided(user) : null);
        model.addAttribute("filed", staff ? null : queries.filed(user));
        model.addAttribute("received", staff ? null : queries.received(user));
        return LIST;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    String request(@ModelAttribute("transfer") TransferForm form, BindingResult binding, CurrentUser user, Model model,
                   RedirectAttributes redirect) {
        try {
            transfers.request(form.getTaxCode(), form.getReason(), user);
            redirect.addFlashAttribute("notice", "transfers.notice.requested");
            return "redirect:/participants/transfers";
        } catch (ViolationException e) {
            e.addTo(binding);
            model.addAttribute("taxCode", form.getTaxCode());
            model.addAttribute("situation", ChargeSituation.ELSEWHERE);
            return REQUEST;
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("transfer", new TransferForm());
        return show(id, user, model);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String approve(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        return step(id, binding, user, model, redirect, "transfers.notice.approved",
                u -> transfers.approve(id, form.getNote(), u));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String refuse(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        return step(id, binding, user, model, redirect, "transfers.notice.refused",
                u -> transfers.refuse(id, form.getNote(), u));
    }

    @PostMapping("/{id}/share")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String share(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                 CurrentUser user, Model model, RedirectAttributes redirect) {
        return step(id, binding, user, model, redirect, "transfers.notice.shared",
                u -> transfers.share(id, form.getParts(), u));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasRole('PROVIDER')")
    String release(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        return step(id, binding, user, model, redirect, "transfers.notice.released", u -> transfers.release(id, u));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('PROVIDER')")
    String withdraw(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                    CurrentUser user, Model model, RedirectAttributes redirect) {
        return step(id, binding, user, model, redirect, "transfers.notice.withdrawn", u -> transfers.withdraw(id, u));
    }

    private String step(long id, BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect,
                        String notice, Consumer<CurrentUser> action) {
        if (binding.hasErrors()) {
            return show(id, user, model);
        }
        try {
            action.accept(user);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/participants/transfers/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return show(id, user, model);
        }
    }

    private String show(long id, CurrentUser user, Model model) {
        TransferRequestView view = queries.find(id, user);
        model.addAttribute("request", view);
        model.addAttribute("parts", SharedPart.values());
        for (TransferStep step : TransferStep.values()) {
            model.addAttribute("may" + step.name().charAt(0) + step.name().substring(1).toLowerCase(),
                    queries.mayTake(step, view, user)
                            && (step == TransferStep.SHARE ? view.status().isGranted() : view.status().isPending()));
        }
        return DETAIL;
    }
}
