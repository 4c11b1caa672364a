package it.integra.participant.internal;

import it.integra.participant.AccessAction;
import it.integra.participant.AccessKind;
import it.integra.participant.AccessLogEntry;
import it.integra.participant.AccessLogQuery;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Identifiers;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of who looked at whose data: one person's record (or a record of theirs), or a search or
 * export that named several. Written in the caller's transaction, read by administrators.
 */
@Component
public class AccessLog {

    /** Longer filters are cut: the log says what was asked, not every byte of it. */
    static final int FILTER_LENGTH = 1000;

    private static final String FILTER = """
            FROM participant.access_log a LEFT JOIN participant.participant p ON p.id = a.participant_id
            WHERE (CAST(:user AS text) IS NULL OR a.username ILIKE :user)
              AND (CAST(:code AS text) IS NULL OR p.tax_code = upper(:code)
                   OR p.id = (SELECT e.participant_id FROM participant.earlier_tax_code e WHERE e.tax_code = upper(:code)))
              AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)
              AND (CAST(:action AS text) IS NULL OR a.action = :action)
            """;

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long participantId, CurrentUser user, AccessAction action) {
        record(participantId, user, action, null);
    }

    /** A read of one person's data; {@code target} names the record it was read on, when not theirs. */
    public void record(long participantId, CurrentUser user, AccessAction action, String target) {
        insert(participantId, user, action, target, null, null);
    }

    /** A search or export that named {@code people} people, asked with {@code filter}. */
    public void recordMany(CurrentUser user, AccessAction action, String filter, long people) {
        recordMany(user, action, null, filter, people);
    }

    /** The same, on the list {@code target} (e.g. {@code clearances}). */
    public void recordMany(CurrentUser user, AccessAction action, String target, String filter, long people) {
        insert(null, user, action, target, filter, Math.toIntExact(Math.min(people, Integer.MAX_VALUE)));
    }

    private void insert(Long participantId, CurrentUser user, AccessAction action, String target, String filter,
                        Integer people) {
        if ((participantId != null) != (action.kind() == AccessKind.PERSON)) {
            throw new IllegalArgumentException(action + " is a read of " + action.kind());
        }
        jdbc.sql("""
                        INSERT INTO participant.access_log (participant_id, user_id, username, role, kind, action, target,
                                                            filter, people)
                        SELECT :participant, :userId, :username, :role, :kind, :action, :target, :filter, :people
                        WHERE CAST(:participant AS bigint) IS NULL
                           OR EXISTS (SELECT 1 FROM participant.participant WHERE id = :participant)""")
                .param("participant", participantId).param("userId", user.id()).param("username", user.username())
                .param("role", user.role().name()).param("kind", action.kind().name()).param("action", action.name())
                .param("target", target).param("filter", cut(filter)).param("people", people)
                .update();
    }

    /** Replaces the filters that named the person by the audit trail's marker; returns how many. */
    public int forget(Identifiers person) {
        if (person.isEmpty()) {
            return 0;
        }
        List<Long> naming = jdbc.sql("""
                        SELECT id, filter FROM participant.access_log
                        WHERE filter IS NOT NULL AND filter ILIKE ANY (CAST(:patterns AS text[]))""")
                .param("patterns", person.likePatterns().toArray(String[]::new))
                .query((rs, n) -> person.foundIn(rs.getString("filter")) ? rs.getLong("id") : null).list()
                .stream().filter(java.util.Objects::nonNull).toList();
        if (naming.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE participant.access_log SET filter = :erased WHERE id IN (:ids)")
                .param("erased", AuditTrail.ERASED).param("ids", naming).update();
    }

    public Page<AccessLogEntry> search(AccessLogQuery query, Pageable pageable) {
        long total = bind("SELECT count(*) " + FILTER, query).query(Long.class).single();
        List<AccessLogEntry> rows = bind("""
                        SELECT a.id, a.participant_id, p.pseudonym, p.tax_code, a.username, a.role, a.kind, a.action,
                               a.target, a.filter, a.people, a.at
                        """ + FILTER + " ORDER BY a.at DESC, a.id DESC LIMIT :limit OFFSET :offset", query)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(AccessLogEntry.class).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private JdbcClient.StatementSpec bind(String sql, AccessLogQuery query) {
        return jdbc.sql(sql)
                .param("user", query.user() == null ? null
                        : "%" + query.user().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("code", query.taxCode())
                .param("kind", query.kind() == null ? null : query.kind().name())
                .param("action", query.action() == null ? null : query.action().name());
    }

    private static String cut(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        return filter.length() <= FILTER_LENGTH ? filter : filter.substring(0, FILTER_LENGTH);
    }
}
