package it.integra.provider.internal;

import it.integra.platform.CurrentUser;
import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationQuery;
import it.integra.provider.ApplicationStatus;
import it.integra.provider.ApplicationSummary;
import it.integra.provider.AttachmentSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes applications; a decision checks the version it read. */
@Component
public class ApplicationStore {

    private static final String SUMMARY = """
            SELECT a.id, c.code AS call_code, c.title AS call_title, a.provider_id, p.code AS provider_code,
                   p.name AS provider_name, a.submitted_on, a.outcome AS status, a.reason
            FROM provider.application a
            JOIN programme.call c ON c.id = a.call_id
            JOIN provider.provider p ON p.id = a.provider_id
            """;
    private static final String QUEUE_FILTER = """
            WHERE (CAST(:call AS text) IS NULL OR c.code = :call)
              AND (CAST(:status AS text) IS NULL OR a.outcome = :status)
            """;

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;
    private final Clock clock;

    ApplicationStore(JdbcClient jdbc, AttachmentStore attachments, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The applications to a call, or only the given provider's one. */
    public List<ApplicationSummary> ofCall(String callCode, Long providerId) {
        return jdbc.sql(SUMMARY + """
                        WHERE c.code = :call AND (CAST(:provider AS bigint) IS NULL OR a.provider_id = :provider)
                        ORDER BY a.submitted_on, p.name""")
                .param("call", callCode).param("provider", providerId).query(ApplicationSummary.class).list();
    }

    public List<ApplicationSummary> ofProvider(long providerId) {
        return jdbc.sql(SUMMARY + " WHERE a.provider_id = :provider ORDER BY a.submitted_on DESC, c.code")
                .param("provider", providerId).query(ApplicationSummary.class).list();
    }

    /** Oldest first: the order in which officers should take them. */
    public Page<ApplicationSummary> search(ApplicationQuery query, Pageable pageable) {
        String status = query.status() == null ? null : query.status().name();
        long total = jdbc.sql("SELECT count(*) FROM provider.application a JOIN programme.call c ON c.id = a.call_id "
                        + QUEUE_FILTER)
                .param("call", query.callCode()).param("status", status).query(Long.class).single();
        List<ApplicationSummary> rows = jdbc.sql(SUMMARY + QUEUE_FILTER
                        + " ORDER BY a.submitted_on, a.id LIMIT :limit OFFSET :offset")
                .param("call", query.callCode()).param("status", status)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(ApplicationSummary.class).list();
        return new PageImpl<>(rows, pageable, total);
    }

    public Optional<ApplicationDetails> details(long id) {
        return jdbc.sql("""
                        SELECT a.id, a.call_id, c.code AS call_code, c.title AS call_title, a.provider_id,
                               p.code AS provider_code, p.name AS provider_name, a.submitted_on, a.submitted_by_name,
                               a.declaration_accepted, a.declared_at, a.outcome, a.reason, a.decided_at,
                               a.decided_by_name, a.version
                        FROM provider.application a
                        JOIN programme.call c ON c.id = a.call_id
                        JOIN provider.provider p ON p.id = a.provider_id
                        WHERE a.id = :id""")
                .param("id", id).query(this::toDetails).optional();
    }

    public Optional<Application> application(long id) {
        return jdbc.sql("SELECT id, call_id, provider_id, outcome AS status, reason, version FROM provider.application WHERE id = :id")
                .param("id", id).query(Application.class).optional();
    }

    public boolean exists(long callId, long providerId) {
        return jdbc.sql("SELECT count(*) > 0 FROM provider.application WHERE call_id = :call AND provider_id = :provider")
                .param("call", callId).param("provider", providerId).query(Boolean.class).single();
    }

    public long insert(long callId, CurrentUser user, LocalDate today, Instant declaredAt) {
        return jdbc.sql("""
                        INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome, declaration_accepted,
                                                          declared_at, submitted_by, submitted_by_name)
                        VALUES (:call, :provider, :today, 'PENDING', true, :declaredAt, :user, :userName)
                        RETURNING id""")
                .param("call", callId).param("provider", user.providerId()).param("today", today)
                .param("declaredAt", OffsetDateTime.ofInstant(declaredAt, ZoneOffset.UTC))
                .param("user", user.id()).param("userName", user.username())
                .query(Long.class).single();
    }

    public void decide(Application decided, CurrentUser officer, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE provider.application SET outcome = :outcome, reason = :reason, decided_at = :at,
                            decided_by = :officer, decided_by_name = :officerName, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND outcome = 'PENDING'""")
                .param("outcome", decided.status().name()).param("reason", decided.reason())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("officer", officer.id()).param("officerName", officer.username())
                .param("id", decided.id()).param("version", decided.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("application " + decided.id() + " changed meanwhile");
        }
    }

    public long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM provider.application WHERE outcome = 'PENDING'").query(Long.class).single();
    }

    /** The application and a list of its attachments (name, size, checksum) as one JSON document, for the audit trail. */
    public String json(long id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(a) || jsonb_build_object('attachments', coalesce(
                            (SELECT jsonb_agg(f.filename || ' ' || f.size_bytes || ' B sha256:' || f.sha256 ORDER BY f.id)
                             FROM provider.application_attachment f WHERE f.application_id = a.id), '[]'::jsonb)))::text
                        FROM provider.application a WHERE a.id = :id""")
                .param("id", id).query(String.class).single();
    }

    // the database answers in UTC; pages show the time of the authority's zone
    private OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    private ApplicationDetails toDetails(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<AttachmentSummary> files = attachments.of(id);
        return new ApplicationDetails(id, rs.getLong("call_id"), rs.getString("call_code"), rs.getString("call_title"),
                rs.getLong("provider_id"), rs.getString("provider_code"), rs.getString("provider_name"),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("submitted_by_name"),
                rs.getBoolean("declaration_accepted"), local(rs.getObject("declared_at", OffsetDateTime.class)),
                ApplicationStatus.valueOf(rs.getString("outcome")), rs.getString("reason"),
                local(rs.getObject("decided_at", OffsetDateTime.class)), rs.getString("decided_by_name"),
                rs.getInt("version"), files);
    }
}
