package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The main navigation of every page, limited to the sections the user's role may open. */
@ControllerAdvice
class Navigation {

    record Item(String key, String path, boolean active) {
    }

    private record Section(String key, String path, Set<Role> roles) {
    }

    private static final Set<Role> STAFF_AND_PROVIDERS = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.PROVIDER);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    private static final List<Section> SECTIONS = List.of(
            new Section("programmes", "/programmes", EVERYONE),
            new Section("providers", "/providers", STAFF_AND_PROVIDERS),
            new Section("participants", "/participants", EVERYONE),
            new Section("clearances", "/clearances", STAFF_AND_PROVIDERS),
            new Section("internships", "/internships", STAFF_AND_PROVIDERS),
            new Section("accounting", "/accounting", STAFF_AND_PROVIDERS),
            new Section("outcomes", "/outcomes", EVERYONE),
            new Section("monitoring", "/monitoring", EnumSet.of(Role.ADMIN, Role.OFFICER, Role.ANALYST)),
            new Section("admin", "/admin", EnumSet.of(Role.ADMIN)));

    @ModelAttribute("navigation")
    List<Item> navigation(HttpServletRequest request) {
        CurrentUser user = CurrentUsers.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SECTIONS.stream()
                .filter(section -> section.roles().contains(user.role()))
                .map(section -> new Item(section.key(), section.path(),
                        path.equals(section.path()) || path.startsWith(section.path() + "/")))
                .toList();
    }

    /** Whether a role may open the section with this key; used by the pages that are not built yet. */
    static boolean allows(String key, Role role) {
        return SECTIONS.stream().anyMatch(s -> s.key().equals(key) && s.roles().contains(role));
    }
}
