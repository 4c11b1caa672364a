package it.integra.platform.web;

import it.integra.platform.ApiTokenSummary;
import it.integra.platform.ApiTokens;
import it.integra.platform.CurrentUser;
import it.integra.platform.IssuedApiToken;
import it.integra.platform.UserAdministration;
import it.integra.platform.UserSummary;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of API tokens: the tokens that open the API now, and one user's tokens
 * with the form that issues a new one. The secret is shown once, on the page after issuing.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiTokensController {

    /** What the issue form proposes as the last day, when the administrator does not change it. */
    static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final UserAdministration users;
    private final Clock clock;

    ApiTokensController(ApiTokens tokens, UserAdministration users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/admin/tokens")
    String active(Model model) {
        model.addAttribute("tokens", tokens.active());
        model.addAttribute("zone", clock.getZone());
        return "platform/tokens/list";
    }

    @GetMapping("/admin/users/{id}/tokens")
    String ofUser(@PathVariable long id, Model model) {
        model.addAttribute("form", TokenForm.expiringOn(LocalDate.now(clock).plusDays(DEFAULT_DAYS)));
        return view(existing(id), model);
    }

    @PostMapping("/admin/users/{id}/tokens")
    String issue(@PathVariable long id, @ModelAttribute("form") TokenForm form, BindingResult binding,
                 CurrentUser admin, Model model, RedirectAttributes redirect) {
        UserSummary user = existing(id);
        if (binding.hasErrors()) {
            return view(user, model);
        }
        try {
            IssuedApiToken issued = tokens.issue(form.toCommand(id), admin);
            redirect.addFlashAttribute("notice", "tokens.notice.issued");
            redirect.addFlashAttribute("noticeUser", issued.token().name());
            redirect.addFlashAttribute("issuedToken", issued.secret());
            return "redirect:/admin/users/" + id + "/tokens";
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(user, model);
        }
    }

    @PostMapping("/admin/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, CurrentUser admin, RedirectAttributes redirect) {
        tokens.find(tokenId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ApiTokenSummary revoked = tokens.revoke(tokenId, admin);
        redirect.addFlashAttribute("notice", "tokens.notice.revoked");
        redirect.addFlashAttribute("noticeUser", revoked.name());
        return "redirect:/admin/users/" + revoked.userId() + "/tokens";
    }

    private UserSummary existing(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String view(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.ofUser(user.id()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "platform/tokens/user";
    }
}
