package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.UserAdministration;
import it.integra.platform.UserSummary;
import it.integra.platform.ViolationException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form with which an administrator gives a user a new password, typed or generated. Their own
 * password they change like everyone else, knowing the current one (a reset here would also end the
 * session in which the generated password was about to be shown).
 */
@Controller
@RequestMapping("/admin/users/{id}/password")
@PreAuthorize("hasRole('ADMIN')")
class PasswordResetController {

    private static final String OWN_PASSWORD = "redirect:/account/password";

    private final UserAdministration users;

    PasswordResetController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String form(@PathVariable long id, CurrentUser admin, Model model) {
        if (id == admin.id()) {
            return OWN_PASSWORD;
        }
        model.addAttribute("form", new PasswordForm());
        return view(existing(id), model);
    }

    @PostMapping
    String reset(@PathVariable long id, @ModelAttribute("form") PasswordForm form, BindingResult binding,
                 CurrentUser admin, Model model, RedirectAttributes redirect) {
        if (id == admin.id()) {
            return OWN_PASSWORD;
        }
        UserSummary user = existing(id);
        if (binding.hasErrors()) {
            return view(user, model);
        }
        try {
            Optional<String> generated = users.resetPassword(form.toCommand(id));
            UsersController.notice(redirect, "users.notice.passwordReset", user);
            generated.ifPresent(password -> redirect.addFlashAttribute("generatedPassword", password));
            return "redirect:/admin/users";
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(user, model);
        }
    }

    private UserSummary existing(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String view(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("minPasswordLength", UserAdministration.MIN_PASSWORD_LENGTH);
        return "platform/users/password";
    }
}
