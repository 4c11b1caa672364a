package it.integra.monitoring;

import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional review notes: what the focus groups of a region found, by theme, as strengths or
 * weaknesses. Officers write them; everyone who sees the region's figures reads them.
 */
@Service
@Transactional
public class ReviewNotes {

    public static final List<String> THEMES = List.of("SELECTING_PARTICIPANTS", "GUIDANCE", "SCOUTING_HOSTS",
            "ATTESTING_COMPETENCES", "AFTER_INTERNSHIP");
    private static final Set<String> KINDS = Set.of("STRENGTH", "WEAKNESS");

    /** A note as shown beside the figures. */
    public record Note(long id, String regionCode, String theme, String kind, String text, LocalDate notedOn,
                       String authorName) {
    }

    /** A new note. */
    public record AddNote(String regionCode, String theme, String kind, String text, LocalDate notedOn) {
    }

    private final JdbcClient jdbc;

    ReviewNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(AddNote note, CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only officers record review notes");
        }
        List<Violation> violations = new ArrayList<>();
        if (note.regionCode() == null || Territory.region(note.regionCode()).isEmpty()) {
            violations.add(Violation.of("regionCode", "review.region"));
        }
        if (note.theme() == null || !THEMES.contains(note.theme())) {
            violations.add(Violation.of("theme", "review.theme.invalid"));
        }
        if (note.kind() == null || !KINDS.contains(note.kind())) {
            violations.add(Violation.of("kind", "review.kind.invalid"));
        }
        if (note.text() == null || note.text().isBlank() || note.text().length() > 2000) {
            violations.add(Violation.of("text", "review.text.invalid"));
        }
        if (note.notedOn() == null) {
            violations.add(Violation.of("notedOn", "review.notedOn.invalid"));
        }
        ViolationException.throwIfAny(violations);
        jdbc.sql("""
                        INSERT INTO monitoring.review_note (region_code, theme, kind, text, noted_on, author_id, author_name)
                        VALUES (:region, :theme, :kind, :text, :on, :author, :name)""")
                .param("region", note.regionCode()).param("theme", note.theme()).param("kind", note.kind())
                .param("text", note.text().strip()).param("on", note.notedOn())
                .param("author", user.id()).param("name", user.displayName())
                .update();
    }

    @Transactional(readOnly = true)
    public List<Note> of(String regionCode) {
        return jdbc.sql("""
                        SELECT id, region_code, theme, kind, text, noted_on, author_name FROM monitoring.review_note
                        WHERE region_code = :region ORDER BY theme, kind, noted_on DESC""")
                .param("region", regionCode).query(Note.class).list();
    }
}
