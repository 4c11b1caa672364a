package it.integra.platform.web;

import it.integra.platform.CreatedUser;
import it.integra.platform.Role;
import it.integra.platform.UserAdministration;
import it.integra.platform.ViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form that creates a user. A refused form comes back with what was typed, except the password. */
@Controller
@RequestMapping("/admin/users/new")
@PreAuthorize("hasRole('ADMIN')")
class NewUserController {

    private final UserAdministration users;

    NewUserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new NewUserForm());
        return view(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(model);
        }
        try {
            CreatedUser created = users.create(form.toCommand());
            UsersController.notice(redirect, "users.notice.created", created.user());
            created.generatedPassword().ifPresent(password -> redirect.addFlashAttribute("generatedPassword", password));
            return "redirect:/admin/users";
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(model);
        }
    }

    private String view(Model model) {
        boolean providers = !users.providerOptions().isEmpty();
        model.addAttribute("roles", Role.values());
        model.addAttribute("providers", users.providerOptions());
        model.addAttribute("providersAvailable", providers);
        model.addAttribute("regions", Regions.ALL);
        model.addAttribute("minPasswordLength", UserAdministration.MIN_PASSWORD_LENGTH);
        return "platform/users/new";
    }
}
