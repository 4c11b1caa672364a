package it.integra.platform;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of decisions and changes: who, when, which record, and the record as JSON
 * before and after. Entries are written in the caller's transaction, so a change and its entry are
 * kept or lost together.
 */
@Service
public class AuditTrail {

    /** One entry, as the Storico tab shows it. */
    public record Entry(long id, String entityType, long entityId, String action, String actorName,
                        OffsetDateTime at, String before, String after, String note) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a change.
     *
     * @param before the record before, as a JSON document, or null for a creation
     * @param after the record after, as a JSON document, or null for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, long entityId, String action, CurrentUser actor, String before,
                       String after, String note) {
        jdbc.sql("""
                        INSERT INTO platform.audit_entry (entity_type, entity_id, action, actor_id, actor_name,
                                                          before, after, note)
                        VALUES (:type, :id, :action, :actorId, :actorName, CAST(:before AS jsonb),
                                CAST(:after AS jsonb), :note)""")
                .param("type", entityType).param("id", entityId).param("action", action)
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? "system" : actor.username())
                .param("before", before).param("after", after).param("note", note)
                .update();
    }

    /**
     * Records the changes of a bulk import in one statement: {@code changes} is a query returning
     * entity_id, before (jsonb or null) and after (jsonb) for each changed record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordImport(String entityType, String changes, CurrentUser actor) {
        jdbc.sql("INSERT INTO platform.audit_entry (entity_type, entity_id, action, actor_id, actor_name, before, after, note) "
                        + "SELECT :type, c.entity_id, CASE WHEN c.before IS NULL THEN 'IMPORT_CREATE' ELSE 'IMPORT_UPDATE' END, "
                        + ":actorId, :actorName, c.before, c.after, 'import' FROM (" + changes + ") c")
                .param("type", entityType)
                .param("actorId", actor.id()).param("actorName", actor.username())
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String entityType, long entityId) {
        return jdbc.sql("""
                        SELECT id, entity_type, entity_id, action, actor_name, at, before::text AS before,
                               after::text AS after, note
                        FROM platform.audit_entry WHERE entity_type = :type AND entity_id = :id ORDER BY id DESC""")
                .param("type", entityType).param("id", entityId)
                .query(Entry.class).list();
    }
}
