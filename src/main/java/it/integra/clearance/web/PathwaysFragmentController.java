package it.integra.clearance.web;

import it.integra.clearance.ClearanceQueries;
import it.integra.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's clearances, loaded by htmx into the pathway tab of the person's page. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class PathwaysFragmentController {

    private final ClearanceQueries queries;

    PathwaysFragmentController(ClearanceQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/clearances/participant/{id}")
    String pathways(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("clearances", queries.ofParticipant(id, user));
        model.addAttribute("participantId", id);
        model.addAttribute("provider", user.providerScope().isPresent());
        return "clearance/pathways :: pathways";
    }
}
