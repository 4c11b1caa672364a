package it.integra.accounting.web;

import it.integra.accounting.ClaimManagement;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steps of a claim: the provider sends or discards its draft; an officer decides each line, verifies, pays. */
@Controller
@RequestMapping("/accounting/claims/{id}")
class ClaimActionsController {

    private final ClaimManagement claims;

    ClaimActionsController(ClaimManagement claims) {
        this.claims = claims;
    }

    @PostMapping("/submit")
    @PreAuthorize("hasRole('PROVIDER')")
    String submit(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> claims.submit(id, user), id, "claims.notice.submitted", redirect);
    }

    @PostMapping("/discard")
    @PreAuthorize("hasRole('PROVIDER')")
    String discard(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            claims.discard(id, user);
            redirect.addFlashAttribute("notice", "claims.notice.discarded");
            return "redirect:/accounting/claims";
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/accounting/claims/" + id;
        }
    }

    @PostMapping("/lines/{line}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String accept(@PathVariable long id, @PathVariable long line, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> claims.accept(id, line, user), id, "claims.notice.accepted", redirect);
    }

    @PostMapping("/lines/{line}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String reject(@PathVariable long id, @PathVariable long line, @RequestParam(required = false) String reason,
                  CurrentUser user, RedirectAttributes redirect) {
        return step(() -> claims.reject(id, line, reason, user), id, "claims.notice.rejected", redirect);
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String verify(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> claims.verify(id, user), id, "claims.notice.verified", redirect);
    }

    @PostMapping("/paid")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String paid(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> claims.markPaid(id, user), id, "claims.notice.paid", redirect);
    }

    private static String step(Runnable step, long id, String notice, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/accounting/claims/" + id + "#claim-lines";
    }
}
