package it.integra.clearance.internal;

import it.integra.clearance.ClearanceStatus;
import it.integra.clearance.ClearanceView;
import it.integra.clearance.RequestClearance;
import it.integra.platform.ListTotal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes clearances. Status changes check the status they start from. */
@Component
public class ClearanceStore {

    static final String VIEW = """
            SELECT k.id, k.code, k.call_id, c.code AS call_code, k.provider_id, pr.name AS provider_name,
                   k.participant_id, p.family_name || ' ' || p.given_name AS participant_name,
                   p.tax_code AS participant_tax_code, k.province, k.requested_on, k.status, k.decided_on, k.reason,
                   k.host_tax_code, k.host_name, k.host_ateco, k.host_province, k.host_employees, k.planned_start,
                   k.convention_ref, k.convention_on, c.start_window_days,
                   EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id) AS has_internship
            FROM clearance.clearance k
            JOIN programme.call c ON c.id = k.call_id
            JOIN provider.provider pr ON pr.id = k.provider_id
            JOIN participant.participant p ON p.id = k.participant_id""";

    private final JdbcClient jdbc;

    ClearanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClearanceView> find(long id) {
        return jdbc.sql(VIEW + " WHERE k.id = :id").param("id", id).query(this::view).optional();
    }

    public long insert(RequestClearance request, long callId, long providerId, long intakeId, String regionCode,
                       LocalDate today, long userId) {
        long number = jdbc.sql("SELECT nextval('clearance.clearance_number')").query(Long.class).single();
        String code = "NO-" + today.getYear() + "-" + String.format("%06d", number);
        return jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                            requested_on, status, intake_id, host_tax_code, host_name, host_ateco, host_province,
                            host_employees, planned_start, convention_ref, convention_on, requested_by)
                        VALUES (:code, :call, :provider, :participant, :province, :region, :today, 'REQUESTED', :intake,
                            :hostTaxCode, :hostName, :hostAteco, :hostProvince, :hostEmployees, :plannedStart,
                            :conventionRef, :conventionOn, :user)
                        RETURNING id""")
                .param("code", code).param("call", callId).param("provider", providerId)
                .param("participant", request.participantId()).param("province", request.province().toUpperCase())
                .param("region", regionCode).param("today", today).param("intake", intakeId)
                .param("hostTaxCode", request.host().taxCode().strip().toUpperCase())
                .param("hostName", request.host().name().strip()).param("hostAteco", request.host().ateco().strip())
                .param("hostProvince", request.host().province().strip().toUpperCase())
                .param("hostEmployees", request.host().employees()).param("plannedStart", request.plannedStart())
                .param("conventionRef", request.conventionRef().strip()).param("conventionOn", request.conventionOn())
                .param("user", userId)
                .query(Long.class).single();
    }

    public void move(ClearanceView clearance, ClearanceStatus next, LocalDate today, String reason, long userId) {
        int updated = jdbc.sql("""
                        UPDATE clearance.clearance SET status = :next, reason = coalesce(:reason, reason),
                            decided_on = CASE WHEN :next IN ('GRANTED', 'REJECTED') THEN :today ELSE decided_on END,
                            cancelled_on = CASE WHEN :next = 'CANCELLED' THEN :today ELSE cancelled_on END,
                            decided_by = CASE WHEN :next IN ('GRANTED', 'REJECTED') THEN :user ELSE decided_by END,
                            updated_at = now(), version = version + 1
                        WHERE id = :id AND status = :from""")
                .param("next", next.name()).param("reason", reason).param("today", today).param("user", userId)
                .param("id", clearance.id()).param("from", clearance.status().name())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("clearance " + clearance.code() + " changed meanwhile");
        }
    }

    public long activeGrants(long callId) {
        return jdbc.sql("SELECT count(*) FROM clearance.clearance WHERE call_id = :call AND status = 'GRANTED'")
                .param("call", callId).query(Long.class).single();
    }

    public long activeGrants(long callId, long providerId) {
        return jdbc.sql("""
                        SELECT count(*) FROM clearance.clearance
                        WHERE call_id = :call AND provider_id = :provider AND status = 'GRANTED'""")
                .param("call", callId).param("provider", providerId).query(Long.class).single();
    }

    /** Holds requests for the person until the transaction ends, so a second request sees the first. */
    public void lockRequests(long participantId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('clearance.request'), CAST(:id % 2147483647 AS integer))")
                .param("id", participantId).query(Integer.class).single();
    }

    public boolean hasOpenPathway(long participantId, long callId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM clearance.clearance
                        WHERE participant_id = :participant AND call_id = :call AND status IN ('REQUESTED', 'GRANTED')""")
                .param("participant", participantId).param("call", callId).query(Boolean.class).single();
    }

    public String json(long id) {
        return jdbc.sql("SELECT to_jsonb(k)::text FROM clearance.clearance k WHERE k.id = :id").param("id", id)
                .query(String.class).single();
    }

    /**
     * A page of clearances matching {@code where} (SQL over alias k), in {@code order}, with its total as
     * {@link ListTotal} counts it. The page's clearances are chosen first (along an index in the order),
     * and only they are joined to what the view shows.
     */
    public Page<ClearanceView> page(String where, java.util.Map<String, Object> params, String order, Pageable pageable) {
        var count = jdbc.sql(ListTotal.countOf("SELECT 1 FROM clearance.clearance k WHERE " + where));
        var rows = jdbc.sql("WITH page AS MATERIALIZED (SELECT k.id FROM clearance.clearance k WHERE " + where
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) " + VIEW + " JOIN page ON page.id = k.id ORDER BY "
                + order);
        for (var param : params.entrySet()) {
            count = count.param(param.getKey(), param.getValue());
            rows = rows.param(param.getKey(), param.getValue());
        }
        long counted = count.query(Long.class).single();
        List<ClearanceView> content = rows.param("limit", ListTotal.limit(pageable)).param("offset", pageable.getOffset())
                .query(this::view).list();
        return ListTotal.page(content, pageable, counted);
    }

    /** How many clearances match {@code where} (SQL over alias k), exactly. */
    public long count(String where, java.util.Map<String, Object> params) {
        var count = jdbc.sql("SELECT count(*) FROM clearance.clearance k WHERE " + where);
        for (var param : params.entrySet()) {
            count = count.param(param.getKey(), param.getValue());
        }
        return count.query(Long.class).single();
    }

    public List<ClearanceView> list(String where, java.util.Map<String, Object> params, String order) {
        var rows = jdbc.sql(VIEW + " WHERE " + where + " ORDER BY " + order);
        for (var param : params.entrySet()) {
            rows = rows.param(param.getKey(), param.getValue());
        }
        return rows.query(this::view).list();
    }

    private ClearanceView view(ResultSet rs, int row) throws SQLException {
        return new ClearanceView(rs.getLong("id"), rs.getString("code"), rs.getLong("call_id"), rs.getString("call_code"),
                rs.getLong("provider_id"), rs.getString("provider_name"), rs.getLong("participant_id"),
                rs.getString("participant_name"), rs.getString("participant_tax_code"), rs.getString("province"),
                rs.getObject("requested_on", LocalDate.class), ClearanceStatus.valueOf(rs.getString("status")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("reason"), rs.getString("host_tax_code"),
                rs.getString("host_name"), rs.getString("host_ateco"), rs.getString("host_province"),
                (Integer) rs.getObject("host_employees"), rs.getObject("planned_start", LocalDate.class),
                rs.getString("convention_ref"), rs.getObject("convention_on", LocalDate.class),
                rs.getInt("start_window_days"), rs.getBoolean("has_internship"));
    }
}
