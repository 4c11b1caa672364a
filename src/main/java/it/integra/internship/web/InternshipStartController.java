package it.integra.internship.web;

import it.integra.clearance.ClearanceView;
import it.integra.internship.HostManagement;
import it.integra.internship.InternshipManagement;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipView;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.shared.Territory;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The start of an internship from a granted clearance, by the clearance's provider. */
@Controller
@PreAuthorize("hasRole('PROVIDER')")
class InternshipStartController {

    private final InternshipManagement management;
    private final InternshipQueries queries;
    private final HostManagement hosts;
    private final ParticipantAccessLog accessLog;

    InternshipStartController(InternshipManagement management, InternshipQueries queries, HostManagement hosts,
                              ParticipantAccessLog accessLog) {
        this.management = management;
        this.queries = queries;
        this.hosts = hosts;
        this.accessLog = accessLog;
    }

    /** The start form names the trainee: a read of their data for the access log. */
    @GetMapping("/internships/new")
    String form(@RequestParam long clearance, CurrentUser user, Model model) {
        model.addAttribute("form", StartForm.of(management.proposal(clearance, user)));
        ClearanceView startable = management.startable(clearance, user);
        accessLog.read(startable.participantId(), user, AccessAction.CLEARANCE, "internships/new?clearance=" + clearance);
        return view(startable, model);
    }

    @PostMapping("/internships")
    String start(@ModelAttribute("form") StartForm form, BindingResult binding, CurrentUser user, Model model,
                 RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Bindings.addOthers(management.check(form.toCommand(), user), binding);
            return view(management.startable(form.getClearanceId(), user), model);
        }
        try {
            InternshipView internship = management.start(form.toCommand(), user);
            redirect.addFlashAttribute("notice", "internships.notice.started");
            return "redirect:/internships/" + internship.id();
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(management.startable(form.getClearanceId(), user), model);
        }
    }

    private String view(ClearanceView clearance, Model model) {
        model.addAttribute("clearance", clearance);
        model.addAttribute("tutors", queries.providerTutors(clearance.providerId()));
        model.addAttribute("companyTutors", clearance.hostTaxCode() == null ? List.of()
                : hosts.findByTaxCode(clearance.hostTaxCode()).map(h -> h.activeTutors()).orElse(List.of()));
        model.addAttribute("provinces", Territory.provinces());
        return "internship/start";
    }
}
