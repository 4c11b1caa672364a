package it.integra.clearance.internal;

import it.integra.clearance.ClearanceManagement;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.participant.ParticipantErased;
import it.integra.platform.AuditTrail;
import it.integra.platform.HistoryRead;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the clearances keep of a person: the free-text reason of a decision, forgotten with the
 * person's record (in the clearance and in its audit entries); and the reads of a clearance's history,
 * which are reads of the person's data.
 */
@Component
class ClearancePrivacy {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ParticipantAccessLog accessLog;

    ClearancePrivacy(JdbcClient jdbc, AuditTrail audit, ParticipantAccessLog accessLog) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    @EventListener
    void on(ParticipantErased erased) {
        List<Long> clearances = jdbc.sql("SELECT id FROM clearance.clearance WHERE participant_id = :id ORDER BY id")
                .param("id", erased.participantId()).query(Long.class).list();
        jdbc.sql("""
                        UPDATE clearance.clearance SET reason = NULL, updated_at = now(), version = version + 1
                        WHERE participant_id = :id AND reason IS NOT NULL""")
                .param("id", erased.participantId()).update();
        audit.forget(ClearanceManagement.AUDIT_TYPE, clearances, erased.identifiers(), Set.of("reason", AuditTrail.NOTE));
    }

    @EventListener
    void on(HistoryRead read) {
        if (ClearanceManagement.AUDIT_TYPE.equals(read.entityType())) {
            jdbc.sql("SELECT participant_id FROM clearance.clearance WHERE id = :id").param("id", read.entityId())
                    .query(Long.class).optional()
                    .ifPresent(person -> accessLog.read(person, read.user(), AccessAction.HISTORY, read.target()));
        }
    }
}
