package it.integra.internship.web;

import it.integra.internship.Attestations;
import it.integra.internship.Attestations.Attestation;
import it.integra.internship.InternshipFilter;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipStatus;
import it.integra.internship.InternshipView;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Tirocini pages: the list, an internship's page, its attestation, and its card on a clearance. */
@Controller
@RequestMapping("/internships")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class InternshipsController {

    static final int PAGE_SIZE = 20;

    private final InternshipQueries queries;
    private final InternshipPage internshipPage;
    private final Attestations attestations;
    private final ParticipantAccessLog accessLog;

    InternshipsController(InternshipQueries queries, InternshipPage page, Attestations attestations,
                          ParticipantAccessLog accessLog) {
        this.queries = queries;
        this.internshipPage = page;
        this.attestations = attestations;
        this.accessLog = accessLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String call,
                @RequestParam(required = false) InternshipStatus status, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, Model model) {
        InternshipFilter filter = new InternshipFilter(q, call, status);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InternshipStatus.values());
        Page<InternshipView> internships = queries.search(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        accessLog.readMany(user, AccessAction.LIST, "internships", ParticipantAccessLog.filter("q", filter.text(),
                        "call", filter.callCode(), "status", filter.status(), "page", internships.getNumber()),
                internships.stream().map(InternshipView::participantId).distinct().count());
        model.addAttribute("internships", PageView.of(internships, request));
        return Views.pageOrFragment(request, "internship/list", "results");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        return internshipPage.show(id, user, model);
    }

    /** The internship of a clearance, as a card in the clearance's page and the person's pathway; empty if none. */
    @GetMapping("/clearance/{clearanceId}")
    String ofClearance(@PathVariable long clearanceId, CurrentUser user, Model model) {
        model.addAttribute("internship", queries.ofClearance(clearanceId, user).orElse(null));
        return "internship/fragments :: clearance-card";
    }

    /**
     * The final attestation of competences, in Italian: the document of record for the trainee, and a
     * read of their data for the access log (an attestation not ready yet names nobody).
     */
    @GetMapping("/{id}/attestation.pdf")
    ResponseEntity<byte[]> attestation(@PathVariable long id, CurrentUser user) {
        try {
            Attestation attestation = attestations.attestation(id, user, Locale.ITALIAN);
            accessLog.read(attestation.participantId(), user, AccessAction.INTERNSHIP,
                    "internship/" + id + "/attestation.pdf");
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(attestation.fileName()).build().toString())
                    .body(attestation.pdf());
        } catch (ViolationException notReady) {
            return ResponseEntity.status(409).build();
        }
    }
}
