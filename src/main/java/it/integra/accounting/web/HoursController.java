package it.integra.accounting.web;

import it.integra.accounting.HoursManagement;
import it.integra.accounting.HoursQueries;
import it.integra.accounting.PathwayOption;
import it.integra.accounting.SessionSummary;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import it.integra.shared.ServiceArea;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Ore di servizio pages: the sessions logged, and the form that logs one (for one person or a group).
 * Both name people: each is one entry of the access log with how many.
 */
@Controller
@RequestMapping("/accounting/hours")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class HoursController {

    static final int PAGE_SIZE = 20;

    private final HoursManagement management;
    private final HoursQueries queries;
    private final Clock clock;
    private final ParticipantAccessLog accessLog;

    HoursController(HoursManagement management, HoursQueries queries, Clock clock, ParticipantAccessLog accessLog) {
        this.management = management;
        this.queries = queries;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, HttpServletRequest request, Model model) {
        Page<SessionSummary> sessions = queries.sessions(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        accessLog.readMany(user, AccessAction.LIST, "hours", ParticipantAccessLog.filter("page", sessions.getNumber()),
                sessions.stream().flatMap(s -> s.participantIds().stream()).distinct().count());
        model.addAttribute("sessions", PageView.of(sessions, request));
        model.addAttribute("provider", user.providerScope().isPresent());
        return Views.pageOrFragment(request, "accounting/hours", "results");
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVIDER')")
    String form(@RequestParam(required = false) String pathway, CurrentUser user, Model model) {
        HoursForm form = new HoursForm();
        form.setDeliveredOn(LocalDate.now(clock));
        form.setOperatorId(user.id());
        if (pathway != null) {
            form.getPathways().add(pathway);
        }
        model.addAttribute("form", form);
        return formView(user, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    String log(@ModelAttribute("form") HoursForm form, BindingResult binding, CurrentUser user, Model model,
               RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Bindings.addOthers(management.check(form.toCommand(), user), binding);
            return formView(user, model);
        }
        try {
            management.log(form.toCommand(), user);
            redirect.addFlashAttribute("notice", form.getPathways().size() > 1 ? "hours.notice.group" : "hours.notice.logged");
            return "redirect:/accounting/hours";
        } catch (ViolationException e) {
            e.addTo(binding);
            return formView(user, model);
        }
    }

    /** The form lists the pathways by the person's name and tax code: one entry of the access log. */
    private String formView(CurrentUser user, Model model) {
        List<PathwayOption> pathways = queries.pathways(user);
        accessLog.readMany(user, AccessAction.LIST, "hours/new", null,
                pathways.stream().map(PathwayOption::participantId).distinct().count());
        model.addAttribute("pathways", pathways);
        model.addAttribute("areas", ServiceArea.values());
        model.addAttribute("modes", it.integra.accounting.DeliveryMode.values());
        model.addAttribute("operators", management.operators(user.providerId()));
        return "accounting/hours-form";
    }
}
