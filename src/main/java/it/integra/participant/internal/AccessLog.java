package it.integra.participant.internal;

import it.integra.participant.AccessAction;
import it.integra.participant.AccessLogEntry;
import it.integra.participant.AccessLogQuery;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log of who looked at whose record. Written in the caller's transaction, read by administrators. */
@Component
public class AccessLog {

    private static final String FILTER = """
            FROM participant.access_log a JOIN participant.participant p ON p.id = a.participant_id
            WHERE (CAST(:user AS text) IS NULL OR a.username ILIKE :user)
              AND (CAST(:code AS text) IS NULL OR p.tax_code = upper(:code)
                   OR p.id = (SELECT e.participant_id FROM participant.earlier_tax_code e WHERE e.tax_code = upper(:code)))
              AND (CAST(:action AS text) IS NULL OR a.action = :action)
            """;

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long participantId, CurrentUser user, AccessAction action) {
        jdbc.sql("""
                        INSERT INTO participant.access_log (participant_id, user_id, username, role, action)
                        VALUES (:participant, :userId, :username, :role, :action)""")
                .param("participant", participantId).param("userId", user.id()).param("username", user.username())
                .param("role", user.role().name()).param("action", action.name())
                .update();
    }

    public Page<AccessLogEntry> search(AccessLogQuery query, Pageable pageable) {
        long total = bind("SELECT count(*) " + FILTER, query).query(Long.class).single();
        List<AccessLogEntry> rows = bind("""
                        SELECT a.id, a.participant_id, p.pseudonym, p.tax_code, a.username, a.role, a.action, a.at
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
                .param("action", query.action() == null ? null : query.action().name());
    }
}
