package it.integra.internship;

import it.integra.internship.internal.AttendanceStore;
import it.integra.internship.internal.AttestationPdf;
import it.integra.internship.internal.InternshipStore;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final attestation of competences of an internship that has ended (completed or terminated) and
 * whose competences are recorded, as a PDF document.
 */
@Service
@Transactional(readOnly = true)
public class Attestations {

    /** The document, the name to download it under and the trainee it names. */
    public record Attestation(String fileName, byte[] pdf, long participantId) {
    }

    private final InternshipStore internships;
    private final AttendanceStore attendance;
    private final MessageSource messages;
    private final Clock clock;

    Attestations(InternshipStore internships, AttendanceStore attendance, MessageSource messages, Clock clock) {
        this.internships = internships;
        this.attendance = attendance;
        this.messages = messages;
        this.clock = clock;
    }

    public Attestation attestation(long id, CurrentUser user, Locale locale) {
        InternshipView internship = internships.find(id).filter(found -> InternshipAccess.visible(found, user))
                .orElseThrow(() -> new InternshipNotFoundException(id));
        if (!internship.status().isEnded() || !internship.hasCompetences()) {
            throw new ViolationException(List.of(Violation.of("", "internship.attestation.notReady")));
        }
        byte[] pdf = new AttestationPdf(messages, locale).render(internship, attendance.attendedHours(id),
                LocalDate.now(clock));
        return new Attestation("attestazione-" + internship.code() + ".pdf", pdf, internship.participantId());
    }
}
