package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.AccessKind;
import it.integra.participant.AccessLogQuery;
import it.integra.participant.ParticipantPrivacy;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: who looked at which person's data (one record, a search, an export), and the
 * records due for erasure.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccessLogController {

    static final int PAGE_SIZE = 50;

    private final ParticipantPrivacy privacy;

    AccessLogController(ParticipantPrivacy privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/admin/participants")
    String accessLog(@RequestParam(required = false) String user, @RequestParam(required = false) String taxCode,
                     @RequestParam(required = false) AccessKind kind, @RequestParam(required = false) AccessAction action,
                     @RequestParam(defaultValue = "0") int page, CurrentUser admin, HttpServletRequest request,
                     Model model) {
        AccessLogQuery query = new AccessLogQuery(user, taxCode, kind, action);
        model.addAttribute("query", query);
        model.addAttribute("kinds", AccessKind.values());
        model.addAttribute("actions", AccessAction.values());
        model.addAttribute("entries", PageView.of(
                privacy.accessLog(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), admin), request));
        model.addAttribute("retentionYears", privacy.retentionYears());
        model.addAttribute("due", privacy.dueForErasure());
        return Views.pageOrFragment(request, "participant/access-log", "results");
    }

    @PostMapping("/admin/participants/erase-due")
    String eraseDue(CurrentUser admin, RedirectAttributes redirect) {
        int erased = privacy.eraseDue(admin);
        redirect.addFlashAttribute("notice", "participants.notice.erasedDue");
        redirect.addFlashAttribute("noticeUser", erased);
        return "redirect:/admin/participants";
    }
}
