package it.integra.provider.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.programme.CallSummary;
import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.ApplicationStatus;
import it.integra.provider.NewAttachment;
import java.util.List;
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

/** The forms that change applications: a provider's operator submits one, an officer decides it. */
@Controller
class ApplicationFormController {

    private final ApplicationManagement applications;

    ApplicationFormController(ApplicationManagement applications) {
        this.applications = applications;
    }

    @GetMapping("/providers/applications/new")
    @PreAuthorize("hasRole('PROVIDER')")
    String form(@RequestParam(required = false) String call, CurrentUser user, Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setCall(call);
        model.addAttribute("form", form);
        return view(model, user, false);
    }

    @PostMapping("/providers/applications")
    @PreAuthorize("hasRole('PROVIDER')")
    String submit(@ModelAttribute("form") ApplicationForm form, BindingResult binding, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(model, user, true);
        }
        try {
            ApplicationDetails submitted = applications.submit(form.toCommand(), user);
            ProvidersController.notice(redirect, "providers.application.notice.submitted", submitted.callCode());
            return "redirect:/providers/applications/" + submitted.id();
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(model, user, true);
        }
    }

    @PostMapping("/providers/applications/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String decide(@PathVariable long id, @ModelAttribute("decision") DecisionForm decision, BindingResult binding,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        ApplicationDetails application = ApplicationsController.visible(applications, id, user);
        if (!binding.hasErrors()) {
            try {
                applications.decide(decision.toCommand(id), user);
                ProvidersController.notice(redirect, decision.getOutcome() == ApplicationStatus.ELIGIBLE
                        ? "providers.decision.notice.eligible" : "providers.decision.notice.ineligible",
                        application.providerName());
                return "redirect:/providers/applications/" + id;
            } catch (ViolationException e) {
                e.addTo(binding);
            }
        }
        model.addAttribute("details", application);
        model.addAttribute("staff", true);
        return "provider/applications/detail";
    }

    private String view(Model model, CurrentUser user, boolean refused) {
        List<CallSummary> calls = applications.callsOpenTo(user);
        ApplicationForm form = (ApplicationForm) model.getAttribute("form");
        if (form != null && form.getCall() == null && calls.size() == 1 && !refused) {
            form.setCall(calls.get(0).code());
        }
        model.addAttribute("refused", refused);
        model.addAttribute("calls", calls);
        model.addAttribute("maxMegabytes", NewAttachment.MAX_MEGABYTES);
        model.addAttribute("maxFiles", NewAttachment.MAX_FILES);
        return "provider/applications/form";
    }
}
