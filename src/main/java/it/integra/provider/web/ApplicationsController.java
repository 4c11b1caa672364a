package it.integra.provider.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.Views;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallNotFoundException;
import it.integra.programme.CallQuery;
import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.ApplicationQuery;
import it.integra.provider.ApplicationStatus;
import it.integra.provider.AttachmentContent;
import it.integra.shared.SafeFileName;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Applications to calls: the officers' list (pending ones first by default, oldest first), an
 * application's page with its documents, and the Candidature section of a call's page, which shows
 * a provider's operator only its own application.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ApplicationsController {

    static final int PAGE_SIZE = 20;
    /** The element of the call's page that loads its applications. */
    static final String CALL_SECTION = "call-applications";

    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final Clock clock;

    ApplicationsController(ApplicationManagement applications, CallManagement calls, Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
    }

    /** The Candidature section of a call's page, loaded by htmx; analysts see the list too, read only. */
    @GetMapping(path = "/providers/applications", headers = "HX-Target=" + CALL_SECTION)
    @PreAuthorize("isAuthenticated()")
    String ofCall(@RequestParam String call, CurrentUser user, Model model) {
        CallDetails details = calls.find(call).orElseThrow(() -> new CallNotFoundException(call));
        model.addAttribute("call", details);
        model.addAttribute("applications", applications.ofCall(call, user));
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("operator", user.providerScope().isPresent());
        model.addAttribute("accepting", details.acceptsRequestsOn(LocalDate.now(clock)));
        return "provider/fragments/call-applications :: applications";
    }

    @GetMapping("/providers/applications")
    String list(@RequestParam(required = false) String call, @RequestParam(required = false) String outcome,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, HttpServletRequest request, Model model) {
        if (user.providerScope().isPresent()) {
            return "redirect:/providers/" + user.providerId() + "#applications";
        }
        // no outcome asked means the queue of pending applications; an empty one means any outcome
        ApplicationStatus status = outcome == null ? ApplicationStatus.PENDING : parse(outcome);
        ApplicationQuery query = new ApplicationQuery(call, status);
        model.addAttribute("query", query);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("calls", calls.search(new CallQuery(null, null, null), PageRequest.of(0, 500)).getContent());
        model.addAttribute("applications", PageView.of(
                applications.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user), request));
        return Views.pageOrFragment(request, "provider/applications/list", "results");
    }

    @GetMapping("/providers/applications/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        ApplicationDetails application = visible(applications, id, user);
        model.addAttribute("details", application);
        model.addAttribute("staff", user.isAuthorityStaff());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", DecisionForm.of(application));
        }
        return "provider/applications/detail";
    }

    @GetMapping("/providers/applications/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId, CurrentUser user) {
        AttachmentContent file = applications.attachment(id, attachmentId, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        SafeFileName.contentDisposition(SafeFileName.of(file.filename(), file.contentType())))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    static ApplicationDetails visible(ApplicationManagement applications, long id, CurrentUser user) {
        return applications.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ApplicationStatus parse(String outcome) {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.name().equals(outcome)) {
                return status;
            }
        }
        return null;
    }
}
