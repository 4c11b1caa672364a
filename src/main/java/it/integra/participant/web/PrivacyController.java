package it.integra.participant.web;

import it.integra.participant.ParticipantPrivacy;
import it.integra.participant.StoredDocument;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's subject-access export (staff) and erasure at the end of the retention period (administrators). */
@Controller
class PrivacyController {

    private final ParticipantPrivacy privacy;
    private final Clock clock;

    PrivacyController(ParticipantPrivacy privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    @GetMapping("/participants/{id}/export.zip")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    ResponseEntity<byte[]> export(@PathVariable long id, CurrentUser user) {
        byte[] zip = privacy.export(id, user);
        return Downloads.of(new StoredDocument("participant-" + id + "-" + LocalDate.now(clock) + ".zip",
                "application/zip", zip, ""));
    }

    @PostMapping("/participants/{id}/erase")
    @PreAuthorize("hasRole('ADMIN')")
    String erase(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            privacy.erase(id, user);
            redirect.addFlashAttribute("notice", "participants.notice.erased");
        } catch (ViolationException e) {
            // the flash shows messages without arguments: the date the period ends is on the page itself
            String code = e.violations().get(0).code();
            redirect.addFlashAttribute("problem", code.equals("participant.erase.inCharge") ? code : "participants.problem.notErasable");
        }
        return "redirect:/participants/" + id;
    }
}
