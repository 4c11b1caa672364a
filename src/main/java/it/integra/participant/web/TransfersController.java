package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.ChargeSituation;
import it.integra.participant.ParticipantAccessLog;
import it.integra.participant.SharedPart;
import it.integra.participant.TransferManagement;
import it.integra.participant.TransferQueries;
import it.integra.participant.TransferRequestView;
import it.integra.participant.TransferStep;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.shared.TaxCode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
    private final ParticipantAccessLog accessLog;

    TransfersController(TransferManagement transfers, TransferQueries queries, ParticipantAccessLog accessLog) {
        this.transfers = transfers;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** The requests, each naming its person (name or tax code, as the user may see): one entry of the access log. */
    @GetMapping
    String list(CurrentUser user, Model model) {
        boolean staff = user.isAuthorityStaff();
        List<TransferRequestView> first = staff ? queries.waiting(user) : queries.received(user);
        List<TransferRequestView> second = staff ? queries.decided(user) : queries.filed(user);
        accessLog.readMany(user, AccessAction.LIST, "transfers", null, Stream.concat(first.stream(), second.stream())
                .filter(TransfersController::namesThePerson).map(TransferRequestView::participantId).distinct().count());
        model.addAttribute("staff", staff);
        model.addAttribute(staff ? "waiting" : "received", first);
        model.addAttribute(staff ? "decided" : "filed", second);
        return LIST;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    String request(@ModelAttribute("transfer") TransferForm form, BindingResult binding, CurrentUser user, Model model,
                   RedirectAttributes redirect) {
        try {
            transfers.request(TaxCode.clean(form.getTaxCode()), form.getReason(), user);
            redirect.addFlashAttribute("notice", "transfers.notice.requested");
            return "redirect:/participants/transfers";
        } catch (ViolationException e) {
            e.addTo(binding);
            model.addAttribute("taxCode", form.getTaxCode());
            model.addAttribute("situation", ChargeSituation.ELSEWHERE);
            return REQUEST;
        }
    }

    /** The request's page; when it names the person, a read of their data for the access log. */
    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("transfer", new TransferForm());
        TransferRequestView request = queries.find(id, user);
        if (namesThePerson(request)) {
            accessLog.read(request.participantId(), user, AccessAction.TRANSFER, "transfer/" + id);
        }
        return show(request, user, model);
    }

    private static boolean namesThePerson(TransferRequestView request) {
        return request.personName() != null || request.taxCode() != null;
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
            return show(queries.find(id, user), user, model);
        }
        try {
            action.accept(user);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/participants/transfers/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return show(queries.find(id, user), user, model);
        }
    }

    private String show(TransferRequestView view, CurrentUser user, Model model) {
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
