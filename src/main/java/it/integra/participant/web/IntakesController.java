package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.IntakeDetails;
import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantRecords;
import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An intake: its form (dates, PAI, PFI), its closing, and the PAI and PFI as PDF. */
@Controller
@RequestMapping("/participants/{id}/intakes/{intakeId}")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class IntakesController {

    private static final String FORM = "participant/intake-form";

    private final IntakeManagement intakes;
    private final ParticipantRecords records;
    private final ParticipantDocuments documents;

    IntakesController(IntakeManagement intakes, ParticipantRecords records, ParticipantDocuments documents) {
        this.intakes = intakes;
        this.records = records;
        this.documents = documents;
    }

    @GetMapping("/edit")
    String editForm(@PathVariable long id, @PathVariable long intakeId, CurrentUser user, Model model) {
        IntakeDetails intake = intakes.intake(id, intakeId, user);
        model.addAttribute("form", IntakeForm.of(intake));
        return form(id, intake, user, model);
    }

    @PostMapping
    String update(@PathVariable long id, @PathVariable long intakeId, @ModelAttribute("form") IntakeForm form,
                  BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect) {
        IntakeDetails intake = intakes.intake(id, intakeId, user);
        if (binding.hasErrors()) {
            Bindings.addOthers(intakes.check(form.toTerms()), binding);
            return form(id, intake, user, model);
        }
        try {
            intakes.update(id, intakeId, form.getVersion(), form.toTerms(), user);
            redirect.addFlashAttribute("notice", "participants.notice.intakeSaved");
            return "redirect:/participants/" + id + "?tab=intake";
        } catch (ViolationException e) {
            e.addTo(binding);
            return form(id, intake, user, model);
        }
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @PathVariable long intakeId, CurrentUser user, RedirectAttributes redirect) {
        intakes.close(id, intakeId, user);
        redirect.addFlashAttribute("notice", "participants.notice.intakeClosed");
        // a provider that no longer follows the person may no longer see them
        return records.mayOpen(id, user) ? "redirect:/participants/" + id + "?tab=intake" : "redirect:/participants";
    }

    @GetMapping("/pai.pdf")
    ResponseEntity<byte[]> actionPlan(@PathVariable long id, @PathVariable long intakeId, CurrentUser user) {
        return Downloads.of(documents.actionPlan(id, intakeId, user));
    }

    @GetMapping("/pfi.pdf")
    ResponseEntity<byte[]> trainingPlan(@PathVariable long id, @PathVariable long intakeId, CurrentUser user) {
        return Downloads.of(documents.trainingPlan(id, intakeId, user));
    }

    private String form(long id, IntakeDetails intake, CurrentUser user, Model model) {
        ParticipantDetails person = records.open(id, user, AccessAction.VIEW);
        model.addAttribute("person", person);
        model.addAttribute("intake", intake);
        return FORM;
    }
}
