package it.integra.internship.web;

import it.integra.internship.AttendanceRegister;
import it.integra.internship.InternshipLifecycle;
import it.integra.internship.web.ActionForms.AttendanceForm;
import it.integra.internship.web.ActionForms.CompetencesForm;
import it.integra.internship.web.ActionForms.SuspensionForm;
import it.integra.internship.web.ActionForms.TerminationForm;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is done on an internship's page: attendance by month, suspensions, the end, the competences.
 * A refused form shows the page again with the form as typed and every problem on it.
 */
@Controller
@RequestMapping("/internships/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class InternshipActionsController {

    private final AttendanceRegister attendance;
    private final InternshipLifecycle lifecycle;
    private final InternshipPage page;

    InternshipActionsController(AttendanceRegister attendance, InternshipLifecycle lifecycle, InternshipPage page) {
        this.attendance = attendance;
        this.lifecycle = lifecycle;
        this.page = page;
    }

    @PostMapping("/attendance")
    @PreAuthorize("hasRole('PROVIDER')")
    String attendance(@PathVariable long id, @ModelAttribute("attendanceForm") AttendanceForm form,
                      BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, binding, () -> attendance.record(form.toCommand(id), user), "internships.notice.attendance",
                user, model, redirect);
    }

    @PostMapping("/suspensions")
    String suspend(@PathVariable long id, @ModelAttribute("suspensionForm") SuspensionForm form, BindingResult binding,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, binding, () -> lifecycle.suspend(form.toCommand(id), user), "internships.notice.suspended",
                user, model, redirect);
    }

    @PostMapping("/complete")
    String complete(@PathVariable long id, @ModelAttribute("competencesForm") CompetencesForm form,
                    BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, binding, () -> lifecycle.complete(id, form.getCompetences(), user),
                "internships.notice.completed", user, model, redirect);
    }

    @PostMapping("/terminate")
    String terminate(@PathVariable long id, @ModelAttribute("terminationForm") TerminationForm form,
                     BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, binding, () -> lifecycle.terminate(form.toCommand(id), user), "internships.notice.terminated",
                user, model, redirect);
    }

    @PostMapping("/competences")
    String competences(@PathVariable long id, @ModelAttribute("competencesForm") CompetencesForm form,
                       BindingResult binding, CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, binding, () -> lifecycle.recordCompetences(id, form.getCompetences(), user),
                "internships.notice.competences", user, model, redirect);
    }

    private String act(long id, BindingResult binding, Supplier<?> action, String notice, CurrentUser user, Model model,
                       RedirectAttributes redirect) {
        page.visible(id, user);
        if (binding.hasErrors()) {
            return page.show(id, user, model);
        }
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/internships/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return page.show(id, user, model);
        }
    }
}
