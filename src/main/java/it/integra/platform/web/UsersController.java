package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.DisableUser;
import it.integra.platform.EnableUser;
import it.integra.platform.PageView;
import it.integra.platform.ProviderDirectory.ProviderOption;
import it.integra.platform.Role;
import it.integra.platform.UserAdministration;
import it.integra.platform.UserQuery;
import it.integra.platform.UserSummary;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user list with its filters, and the enable and disable buttons on each row. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    static final int PAGE_SIZE = 20;

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
                CurrentUser admin, HttpServletRequest request, Model model) {
        UserQuery query = new UserQuery(q, role, enabled);
        model.addAttribute("query", query);
        model.addAttribute("me", admin.id());
        model.addAttribute("roles", Role.values());
        model.addAttribute("users", PageView.of(users.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)), request));
        model.addAttribute("providerNames", users.providerOptions().stream()
                .collect(Collectors.toMap(ProviderOption::id, ProviderOption::name)));
        model.addAttribute("regionNames", Regions.names());
        return Views.pageOrFragment(request, "platform/users/list", "results");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        UserSummary user = existing(id);
        try {
            users.disable(new DisableUser(id, admin.id()));
            notice(redirect, "users.notice.disabled", user);
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).code());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        UserSummary user = existing(id);
        users.enable(new EnableUser(id));
        notice(redirect, "users.notice.enabled", user);
        return "redirect:/admin/users";
    }

    private UserSummary existing(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void notice(RedirectAttributes redirect, String code, UserSummary user) {
        redirect.addFlashAttribute("notice", code);
        redirect.addFlashAttribute("noticeUser", user.username());
    }
}
