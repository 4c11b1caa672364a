package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.UserAdministration;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.platform.security.SignedInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own password change, from the user menu of the top bar. On success the
 * user's other sessions end and this one continues under a new session id. A session that types a
 * wrong current password {@value #MAX_WRONG} times is ended, so that a stolen session cannot be used
 * to guess the password.
 */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class OwnPasswordController {

    static final int MAX_WRONG = 5;
    private static final String WRONG_ATTEMPTS = OwnPasswordController.class.getName() + ".wrong";

    private final UserAdministration users;
    private final SignedInSessions sessions;

    OwnPasswordController(UserAdministration users, SignedInSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new OwnPasswordForm());
        return view(model);
    }

    @PostMapping
    String change(@ModelAttribute("form") OwnPasswordForm form, BindingResult binding, CurrentUser user, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            int version = users.changeOwnPassword(form.toCommand(user.id()));
            sessions.renew(version, request, response);
            request.getSession().removeAttribute(WRONG_ATTEMPTS);
            redirect.addFlashAttribute("notice", "account.password.changed");
            return "redirect:/account/password";
        } catch (ViolationException e) {
            if (wrongCurrentPassword(e) && tooManyWrong(request.getSession())) {
                request.getSession().invalidate();
                return "redirect:/login";
            }
            form.clear();
            e.addTo(binding);
            return view(model);
        }
    }

    private static boolean wrongCurrentPassword(ViolationException e) {
        return e.violations().stream().map(Violation::field).anyMatch("currentPassword"::equals);
    }

    private static boolean tooManyWrong(HttpSession session) {
        Integer before = (Integer) session.getAttribute(WRONG_ATTEMPTS);
        int wrong = before == null ? 1 : before + 1;
        session.setAttribute(WRONG_ATTEMPTS, wrong);
        return wrong >= MAX_WRONG;
    }

    private static String view(Model model) {
        model.addAttribute("minPasswordLength", UserAdministration.MIN_PASSWORD_LENGTH);
        return "platform/account/password";
    }
}
