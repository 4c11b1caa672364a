package it.integra.internship.internal;

import it.integra.internship.InternshipManagement;
import it.integra.internship.TerminationReason;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.participant.ParticipantErased;
import it.integra.platform.AuditTrail;
import it.integra.platform.HistoryRead;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the internships keep of a person: the competences attested, the note of a termination (its
 * coded reason stays) and the notes of suspensions, free texts forgotten with the person's record (in
 * the internship and in its audit entries); and the reads of an internship's history, which are reads
 * of the person's data.
 */
@Component
class InternshipPrivacy {

    private static final String OF_PERSON = """
            SELECT i.id FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
            WHERE k.participant_id = :id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ParticipantAccessLog accessLog;

    InternshipPrivacy(JdbcClient jdbc, AuditTrail audit, ParticipantAccessLog accessLog) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    @EventListener
    void on(ParticipantErased erased) {
        List<Long> internships = jdbc.sql(OF_PERSON + " ORDER BY i.id").param("id", erased.participantId())
                .query(Long.class).list();
        if (internships.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE internship.internship SET competences = NULL, updated_at = now(), version = version + 1
                        WHERE id IN (:ids) AND competences IS NOT NULL""")
                .param("ids", internships).update();
        jdbc.sql("UPDATE internship.suspension SET note = NULL WHERE internship_id IN (:ids) AND note IS NOT NULL")
                .param("ids", internships).update();
        jdbc.sql("SELECT id, termination_reason FROM internship.internship WHERE id IN (:ids) AND termination_reason IS NOT NULL")
                .param("ids", internships)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(reason -> keepTheCodeOnly(reason.getKey(), reason.getValue()));
        audit.forget(InternshipManagement.AUDIT_TYPE, internships, erased.identifiers(),
                Set.of("competences", "termination_reason", AuditTrail.NOTE));
    }

    private void keepTheCodeOnly(long internship, String reason) {
        String code = TerminationReason.codeOf(reason).map(Enum::name).orElse(null);
        if (!Objects.equals(code, reason)) {
            jdbc.sql("UPDATE internship.internship SET termination_reason = :code WHERE id = :id")
                    .param("code", code).param("id", internship).update();
        }
    }

    @EventListener
    void on(HistoryRead read) {
        if (InternshipManagement.AUDIT_TYPE.equals(read.entityType())) {
            jdbc.sql("""
                            SELECT k.participant_id FROM internship.internship i
                            JOIN clearance.clearance k ON k.id = i.clearance_id WHERE i.id = :id""")
                    .param("id", read.entityId()).query(Long.class).optional()
                    .ifPresent(person -> accessLog.read(person, read.user(), AccessAction.HISTORY, read.target()));
        }
    }
}
