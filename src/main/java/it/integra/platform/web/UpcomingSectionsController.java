package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sections of the navigation whose module is not built yet: an honest page that says so. Each
 * mapping disappears when its module brings its own pages.
 */
@Controller
class UpcomingSectionsController {

    @GetMapping({"/participants", "/internships", "/accounting"})
    String upcoming(HttpServletRequest request, CurrentUser user, Model model) {
        String key = request.getRequestURI().substring(request.getContextPath().length() + 1);
        if (!Navigation.allows(key, user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("section", key);
        return "platform/upcoming";
    }
}
