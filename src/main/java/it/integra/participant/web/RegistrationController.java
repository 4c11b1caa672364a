package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.AlreadyRegisteredException;
import it.integra.participant.ChargeSituation;
import it.integra.participant.InChargeElsewhereException;
import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.ParticipantRecords;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a person and editing their record. A tax code that is already a person's (current or
 * earlier) never makes a second record: the operator is offered to take that person in charge.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class RegistrationController {

    private static final String FORM = "participant/form";

    private final ParticipantManagement management;
    private final IntakeManagement intakes;
    private final ParticipantRecords records;
    private final Clock clock;

    RegistrationController(ParticipantManagement management, IntakeManagement intakes, ParticipantRecords records,
                           Clock clock) {
        this.management = management;
        this.intakes = intakes;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/participants/new")
    String newForm(CurrentUser user, Locale locale, Model model) {
        ParticipantForm form = new ParticipantForm();
        form.setTakenOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return form(model, true, user, locale);
    }

    @PostMapping("/participants")
    String create(@ModelAttribute("form") ParticipantForm form, BindingResult binding, CurrentUser user, Locale locale,
                  Model model, RedirectAttributes redirect) {
        RegisterParticipant command = form.toRegister(user.providerScope().isPresent());
        if (binding.hasErrors()) {
            Bindings.addOthers(management.check(command), binding);
            return form(model, true, user, locale);
        }
        try {
            long id = management.register(command, user);
            redirect.addFlashAttribute("notice", "participants.notice.registered");
            return "redirect:/participants/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return form(model, true, user, locale);
        } catch (AlreadyRegisteredException e) {
            if (user.isAuthorityStaff() || records.inCharge(e.participantId(), user)) {
                redirect.addFlashAttribute("notice", "participants.notice.alreadyRegistered");
                return "redirect:/participants/" + e.participantId();
            }
            model.addAttribute("takenOn", form.getTakenOn() == null ? LocalDate.now(clock) : form.getTakenOn());
            return existing(e.taxCode(), intakes.situation(e.taxCode(), user), model);
        }
    }

    /** A provider takes in charge the person with this tax code, registered before by someone else. */
    @PostMapping("/participants/take-in-charge")
    @PreAuthorize("hasRole('PROVIDER')")
    String takeInCharge(@RequestParam String taxCode,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
                        CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            long id = intakes.takeInCharge(taxCode, takenOn, user);
            redirect.addFlashAttribute("notice", "participants.notice.takenInCharge");
            return "redirect:/participants/" + id + "?tab=intake";
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).code());
            return "redirect:/participants";
        } catch (InChargeElsewhereException e) {
            return existing(e.taxCode(), e.situation(), model);
        }
    }

    /** The page that offers to take in charge a registered person, or to ask for their transfer. */
    private static String existing(String taxCode, ChargeSituation situation, Model model) {
        model.addAttribute("taxCode", taxCode);
        model.addAttribute("situation", situation);
        model.addAttribute("transfer", TransferForm.of(taxCode));
        return TransfersController.REQUEST;
    }

    @GetMapping("/participants/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        ParticipantForm form = ParticipantForm.of(records.open(id, user, AccessAction.VIEW));
        requireChange(id, user);
        model.addAttribute("form", form);
        model.addAttribute("participantId", id);
        return form(model, false, user, locale);
    }

    @PostMapping("/participants/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ParticipantForm form, BindingResult binding,
                  CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
        model.addAttribute("participantId", id);
        if (binding.hasErrors()) {
            Bindings.addOthers(management.check(form.toData()), binding);
            return form(model, false, user, locale);
        }
        try {
            management.edit(id, form.getVersion(), form.toData(), user);
            redirect.addFlashAttribute("notice", "participants.notice.edited");
            return "redirect:/participants/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return form(model, false, user, locale);
        }
    }

    private void requireChange(long id, CurrentUser user) {
        if (!records.mayChange(id, user)) {
            throw new AccessDeniedException("only staff and the provider in charge change a record");
        }
    }

    private String form(Model model, boolean creating, CurrentUser user, Locale locale) {
        model.addAttribute("creating", creating);
        model.addAttribute("provider", user.providerScope().isPresent());
        FormOptions.addTo(model, locale);
        return FORM;
    }
}
