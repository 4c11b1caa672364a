package it.integra.platform;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of decisions and changes: who, when, which record, and the record as JSON
 * before and after. Entries are written in the caller's transaction, so a change and its entry are
 * kept or lost together. The one change an entry ever sees is {@link #forget}: when a person's record
 * is erased, the values naming them are replaced by {@link #ERASED}, and who did what, when, stays.
 */
@Service
public class AuditTrail {

    /** One entry, as the Storico tab shows it. */
    public record Entry(long id, String entityType, long entityId, String action, String actorName,
                        OffsetDateTime at, String before, String after, String note) {
    }

    /** What stands in an entry for a value that named a person whose record was erased. */
    public static final String ERASED = "[erased]";

    /** The name by which {@link #forget} counts an entry's note among the fields that hold free text. */
    public static final String NOTE = "note";

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

    /**
     * The refusal of a change that came too late: names who changed the record last and when. Call it
     * when the record is no longer in the state the change expects (read in a transaction still usable,
     * so the other change, once committed, is seen).
     */
    @Transactional(readOnly = true)
    public ChangedMeanwhile changedMeanwhile(String entityType, long entityId) {
        return changedMeanwhile(entityType, entityId, "");
    }

    /**
     * As {@link #changedMeanwhile(String, long)}, counting only the actions that start with
     * {@code actionPrefix}: for a part of a record audited under the record (a person's transfer requests).
     */
    @Transactional(readOnly = true)
    public ChangedMeanwhile changedMeanwhile(String entityType, long entityId, String actionPrefix) {
        return jdbc.sql("""
                        SELECT coalesce(u.display_name, e.actor_name) AS actor, e.at
                        FROM platform.audit_entry e LEFT JOIN platform.app_user u ON u.id = e.actor_id
                        WHERE e.entity_type = :type AND e.entity_id = :id AND starts_with(e.action, :prefix)
                        ORDER BY e.id DESC LIMIT 1""")
                .param("type", entityType).param("id", entityId).param("prefix", actionPrefix)
                .query((rs, n) -> new ChangedMeanwhile(rs.getString("actor"), rs.getObject("at", OffsetDateTime.class)))
                .optional().orElseGet(ChangedMeanwhile::unknown);
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

    /**
     * Forgets a person in the entries of these records (the person's own, or records that belong to
     * them): every string of before, after and the note that names the person, and every value of the
     * {@code freeText} fields ({@link #NOTE} for the note), becomes {@link #ERASED}. The entries stay,
     * with their record, action, actor and time.
     *
     * @return how many entries changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(String entityType, Collection<Long> entityIds, Identifiers person, Set<String> freeText) {
        if (entityIds.isEmpty() || person.isEmpty() && freeText.isEmpty()) {
            return 0;
        }
        AuditScrub scrub = new AuditScrub(person, freeText);
        List<Entry> entries = jdbc.sql("""
                        SELECT id, entity_type, entity_id, action, actor_name, at, before::text AS before,
                               after::text AS after, note
                        FROM platform.audit_entry WHERE entity_type = :type AND entity_id IN (:ids) ORDER BY id""")
                .param("type", entityType).param("ids", entityIds).query(Entry.class).list();
        erasing(true);
        try {
            return (int) entries.stream().filter(entry -> rewrite(entry, scrub)).count();
        } finally {
            erasing(false);
        }
    }

    private boolean rewrite(Entry entry, AuditScrub scrub) {
        String before = scrub.json(entry.before());
        String after = scrub.json(entry.after());
        String note = scrub.note(entry.note());
        if (Objects.equals(before, entry.before()) && Objects.equals(after, entry.after())
                && Objects.equals(note, entry.note())) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE platform.audit_entry SET before = CAST(:before AS jsonb), after = CAST(:after AS jsonb),
                            note = :note WHERE id = :id""")
                .param("before", before).param("after", after).param("note", note).param("id", entry.id())
                .update() == 1;
    }

    /** Opens or closes, for the rest of the transaction, the one change the trail's trigger allows. */
    private void erasing(boolean on) {
        jdbc.sql("SELECT set_config('integra.audit_erasure', :value, true)").param("value", on ? "on" : "off")
                .query(String.class).single();
    }
}
