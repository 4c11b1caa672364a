package it.integra.internship.web;

import it.integra.internship.HostDetails;
import it.integra.internship.HostFilter;
import it.integra.internship.HostManagement;
import it.integra.internship.HostNotFoundException;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipView;
import it.integra.internship.NewCompanyTutor;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import it.integra.shared.Territory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The host registry's pages: the list with filters, a host's page, and the form to register or correct one. */
@Controller
@RequestMapping("/internships/hosts")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class HostsController {

    static final int PAGE_SIZE = 20;

    private final HostManagement hosts;
    private final InternshipQueries internships;
    private final ParticipantAccessLog accessLog;

    HostsController(HostManagement hosts, InternshipQueries internships, ParticipantAccessLog accessLog) {
        this.hosts = hosts;
        this.internships = internships;
        this.accessLog = accessLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                @RequestParam(required = false) String section, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, Model model) {
        HostFilter filter = new HostFilter(q, province, section);
        model.addAttribute("filter", filter);
        model.addAttribute("provinces", Territory.provinces());
        model.addAttribute("sectionsByEdition", HostForm.sectionsByEdition());
        model.addAttribute("hosts", PageView.of(hosts.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user),
                request));
        return Views.pageOrFragment(request, "internship/hosts", "results");
    }

    /** The host's page; the trainees it names (those the user may see) are one entry of the access log. */
    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("host", existing(id, user));
        model.addAttribute("mayChange", hosts.mayChange(id, user));
        List<InternshipView> trainees = internships.ofHost(id, user);
        accessLog.readMany(user, AccessAction.LIST, "hosts/" + id, null,
                trainees.stream().map(InternshipView::participantId).distinct().count());
        model.addAttribute("internships", trainees);
        model.addAttribute("staff", user.isAuthorityStaff());
        return "internship/host";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new HostForm());
        return formView(null, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") HostForm form, BindingResult binding, CurrentUser user, Model model,
                    RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formView(null, model);
        }
        try {
            HostDetails host = hosts.register(form.toCommand(), form.tutor(), user);
            redirect.addFlashAttribute("notice", "hosts.notice.registered");
            return "redirect:/internships/hosts/" + host.id();
        } catch (ViolationException e) {
            e.addTo(binding);
            return formView(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        HostDetails host = changeable(id, user);
        model.addAttribute("form", HostForm.of(host));
        return formView(host, model);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") HostForm form, BindingResult binding, CurrentUser user,
                Model model, RedirectAttributes redirect) {
        HostDetails host = changeable(id, user);
        if (binding.hasErrors()) {
            return formView(host, model);
        }
        try {
            hosts.edit(id, form.getVersion(), form.toCommand(), user);
            redirect.addFlashAttribute("notice", "hosts.notice.saved");
            return "redirect:/internships/hosts/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return formView(host, model);
        }
    }

    @PostMapping("/{id}/tutors")
    String addTutor(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String role, @RequestParam(required = false) String contact,
                    CurrentUser user, RedirectAttributes redirect) {
        try {
            hosts.addTutor(id, new NewCompanyTutor(name, role, contact), user);
            redirect.addFlashAttribute("notice", "hosts.notice.tutorAdded");
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/internships/hosts/" + id;
    }

    @PostMapping("/{id}/tutors/{tutorId}/remove")
    String removeTutor(@PathVariable long id, @PathVariable long tutorId, CurrentUser user,
                       RedirectAttributes redirect) {
        hosts.deactivateTutor(id, tutorId, user);
        redirect.addFlashAttribute("notice", "hosts.notice.tutorRemoved");
        return "redirect:/internships/hosts/" + id;
    }

    private HostDetails existing(long id, CurrentUser user) {
        return hosts.find(id, user).orElseThrow(() -> new HostNotFoundException(id));
    }

    /** The host, if the user may change it; 403 otherwise, before any form is shown or bound. */
    private HostDetails changeable(long id, CurrentUser user) {
        HostDetails host = existing(id, user);
        if (!hosts.mayChange(id, user)) {
            throw new AccessDeniedException("only the authority and the providers that work with a host change it");
        }
        return host;
    }

    private String formView(HostDetails host, Model model) {
        model.addAttribute("host", host);
        model.addAttribute("provinces", Territory.provinces());
        return "internship/host-form";
    }
}
