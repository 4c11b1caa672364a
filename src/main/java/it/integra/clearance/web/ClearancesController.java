package it.integra.clearance.web;

import it.integra.clearance.ClearanceFilter;
import it.integra.clearance.ClearanceManagement;
import it.integra.clearance.ClearanceNotFoundException;
import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceStatus;
import it.integra.clearance.ClearanceView;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.participant.ParticipantDirectory;
import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import it.integra.programme.CallManagement;
import it.integra.shared.Territory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Nulla osta pages: the officers' queue, the lists, a clearance's page and the request form. */
@Controller
@RequestMapping("/clearances")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ClearancesController {

    static final int PAGE_SIZE = 20;

    private final ClearanceManagement management;
    private final ClearanceQueries queries;
    private final CallManagement calls;
    private final ParticipantDirectory participants;
    private final ParticipantAccessLog accessLog;

    ClearancesController(ClearanceManagement management, ClearanceQueries queries, CallManagement calls,
                         ParticipantDirectory participants, ParticipantAccessLog accessLog) {
        this.management = management;
        this.queries = queries;
        this.calls = calls;
        this.participants = participants;
        this.accessLog = accessLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String call,
                @RequestParam(required = false) ClearanceStatus status, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, Model model) {
        ClearanceFilter filter = new ClearanceFilter(q, call, status);
        PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ClearanceStatus.values());
        Page<ClearanceView> clearances = queries.search(filter, user, pageable);
        accessLog.readMany(user, AccessAction.LIST, "clearances", ParticipantAccessLog.filter("q", filter.text(), "call",
                        filter.callCode(), "status", filter.status(), "page", pageable.getPageNumber()),
                clearances.stream().map(ClearanceView::participantId).distinct().count());
        model.addAttribute("clearances", PageView.of(clearances, request));
        model.addAttribute("queueSize", queries.waiting(user));
        model.addAttribute("expiringCount", queries.expiring(user).size());
        return Views.pageOrFragment(request, "clearance/list", "results");
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String queue(@RequestParam(defaultValue = "0") int page, CurrentUser user, HttpServletRequest request, Model model) {
        Page<ClearanceView> queue = queries.queue(user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        accessLog.readMany(user, AccessAction.LIST, "clearances/queue", ParticipantAccessLog.filter("page",
                queue.getNumber()), queue.stream().map(ClearanceView::participantId).distinct().count());
        model.addAttribute("clearances", PageView.of(queue, request));
        return Views.pageOrFragment(request, "clearance/queue", "results");
    }

    @GetMapping("/expiring")
    String expiring(CurrentUser user, Model model) {
        List<ClearanceView> expiring = queries.expiring(user);
        accessLog.readMany(user, AccessAction.LIST, "clearances/expiring", "",
                expiring.stream().map(ClearanceView::participantId).distinct().count());
        model.addAttribute("clearances", expiring);
        model.addAttribute("noticeDays", ClearanceQueries.EXPIRING_NOTICE_DAYS);
        return "clearance/expiring";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        ClearanceView clearance = queries.find(id, user).orElseThrow(() -> new ClearanceNotFoundException(id));
        accessLog.read(clearance.participantId(), user, AccessAction.CLEARANCE, "clearance/" + id);
        model.addAttribute("clearance", clearance);
        model.addAttribute("staff", user.isAuthorityStaff());
        return "clearance/detail";
    }

    @PostMapping("/{id}/grant")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String grant(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> management.grant(id, user), id, "clearances.notice.granted", redirect);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user,
                  RedirectAttributes redirect) {
        return step(() -> management.reject(id, reason, user), id, "clearances.notice.rejected", redirect);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user,
                  RedirectAttributes redirect) {
        queries.find(id, user).orElseThrow(() -> new ClearanceNotFoundException(id));
        return step(() -> management.cancel(id, reason, user), id, "clearances.notice.cancelled", redirect);
    }

    /** The request form names the person (name and tax code): a read of their data for the access log. */
    @GetMapping("/new")
    @PreAuthorize("hasRole('PROVIDER')")
    String requestForm(@RequestParam long participant, CurrentUser user, Model model) {
        requireInCharge(participant, user);
        accessLog.read(participant, user, AccessAction.CLEARANCE, "clearances/new");
        ClearanceRequestForm form = new ClearanceRequestForm();
        form.setParticipantId(participant);
        model.addAttribute("form", form);
        return requestView(participant, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    String request(@ModelAttribute("form") ClearanceRequestForm form, BindingResult binding, CurrentUser user,
                   Model model, RedirectAttributes redirect) {
        requireInCharge(form.getParticipantId(), user);
        if (binding.hasErrors()) {
            Bindings.addOthers(management.check(form.toCommand(), user), binding);
            return requestView(form.getParticipantId(), model);
        }
        try {
            ClearanceView clearance = management.request(form.toCommand(), user);
            redirect.addFlashAttribute("notice", "clearances.notice.requested");
            return "redirect:/clearances/" + clearance.id();
        } catch (ViolationException e) {
            e.addTo(binding);
            return requestView(form.getParticipantId(), model);
        }
    }

    @ExceptionHandler(ClearanceNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    private void requireInCharge(long participantId, CurrentUser user) {
        if (!participants.inCharge(participantId, user.providerId())) {
            throw new ClearanceNotFoundException(participantId);
        }
    }

    private String requestView(long participantId, Model model) {
        model.addAttribute("person", participants.find(participantId).orElseThrow());
        model.addAttribute("calls", calls.acceptingRequests());
        model.addAttribute("provinces", Territory.provinces());
        return "clearance/request";
    }

    private static String step(Runnable step, long id, String notice, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/clearances/" + id;
    }
}
