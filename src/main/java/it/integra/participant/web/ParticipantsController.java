package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantQuery;
import it.integra.participant.PermitAlert;
import it.integra.participant.ParticipantRecords;
import it.integra.participant.ParticipantStatus;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.Role;
import it.integra.platform.Views;
import it.integra.programme.CallManagement;
import it.integra.programme.CallQuery;
import it.integra.shared.TargetGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Destinatari pages: the list (a provider's work list, everyone for staff, pseudonymous for
 * analysts) and the person's page.
 */
@Controller
class ParticipantsController {

    static final int PAGE_SIZE = 20;
    private static final int CALL_CHOICES = 200;

    private final ParticipantRecords records;
    private final CallManagement calls;
    private final PersonPage personPage;
    private final Clock clock;

    ParticipantsController(ParticipantRecords records, CallManagement calls, PersonPage personPage, Clock clock) {
        this.records = records;
        this.calls = calls;
        this.personPage = personPage;
        this.clock = clock;
    }

    @GetMapping("/participants")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String call,
                @RequestParam(required = false) String provider, @RequestParam(required = false) TargetGroup group,
                @RequestParam(required = false) ParticipantStatus status,
                @RequestParam(defaultValue = "false") boolean alerts, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, Locale locale, HttpServletRequest request, Model model) {
        ParticipantQuery query = new ParticipantQuery(q, call, user.providerScope().isPresent() ? null : provider, group,
                status, alerts);
        model.addAttribute("query", query);
        model.addAttribute("calls", calls.search(new CallQuery(null, null, null), PageRequest.of(0, CALL_CHOICES)).getContent());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", ParticipantStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("warningDays", PermitAlert.WARNING_DAYS);
        model.addAttribute("countries", FormOptions.countries(locale));
        model.addAttribute("analyst", user.is(Role.ANALYST));
        model.addAttribute("provider", user.providerScope().isPresent());
        model.addAttribute("mayRegister", user.isAuthorityStaff() || user.is(Role.PROVIDER));
        model.addAttribute("participants", PageView.of(
                records.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user, AccessAction.SEARCH), request));
        return Views.pageOrFragment(request, "participant/list", "results");
    }

    @GetMapping("/participants/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "identity") String tab, CurrentUser user,
                  Locale locale, Model model) {
        return personPage.show(id, tab, user, locale, model);
    }
}
