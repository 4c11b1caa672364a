package it.integra.accounting.internal;

import it.integra.accounting.LogHours;
import it.integra.accounting.PathwayRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the service hours that staff log, and reads what the hour rules need about a pathway: whose
 * it is, where the clearance and the internship stand, and the hours already logged in an area.
 */
@Component
public class HoursStore {

    /** A pathway as the rules see it; the clearance's fields are null for an intake. */
    public record Pathway(PathwayRef ref, long providerId, long participantId, String person, String clearanceStatus,
                          LocalDate requestedOn, LocalDate grantedOn, Long callId, LocalDate internshipStart,
                          LocalDate internshipLastDay, boolean superseded) {
    }

    /** Hours already logged in an area: in all, on or before a day, and whether a given day has some. */
    public record Logged(BigDecimal total, BigDecimal byEnd, boolean dayTaken) {
    }

    private static final String CLEARANCE = """
            SELECT k.id, k.provider_id, k.participant_id, p.family_name || ' ' || p.given_name AS person, k.status,
                   k.requested_on, k.decided_on, k.call_id, i.start_date, coalesce(i.end_date, i.planned_end_date) AS last_day
            FROM clearance.clearance k
            JOIN participant.participant p ON p.id = k.participant_id
            LEFT JOIN internship.internship i ON i.clearance_id = k.id
            WHERE k.id = :id""";

    private static final String INTAKE = """
            SELECT n.id, n.provider_id, n.participant_id, p.family_name || ' ' || p.given_name AS person,
                   EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = n.participant_id
                           AND k.provider_id = n.provider_id AND k.status IN ('REQUESTED', 'GRANTED')) AS superseded
            FROM participant.intake n JOIN participant.participant p ON p.id = n.participant_id
            WHERE n.id = :id AND n.closed_on IS NULL""";

    private final JdbcClient jdbc;

    HoursStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pathway> pathway(PathwayRef ref) {
        if (ref.isClearance()) {
            return jdbc.sql(CLEARANCE).param("id", ref.id()).query((rs, n) -> new Pathway(ref, rs.getLong(2),
                    rs.getLong(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class), rs.getLong(8), rs.getObject(9, LocalDate.class),
                    rs.getObject(10, LocalDate.class), false)).optional();
        }
        return jdbc.sql(INTAKE).param("id", ref.id()).query((rs, n) -> new Pathway(ref, rs.getLong(2), rs.getLong(3),
                rs.getString(4), null, null, null, null, null, null, rs.getBoolean(5))).optional();
    }

    public Logged logged(PathwayRef ref, String area, LocalDate day, LocalDate lastDay) {
        return jdbc.sql("""
                        SELECT coalesce(sum(hours), 0),
                               coalesce(sum(hours) FILTER (WHERE delivered_on <= CAST(:lastDay AS date)), 0),
                               count(*) FILTER (WHERE delivered_on = :day) > 0
                        FROM accounting.service_delivery d WHERE d.area = :area AND""" + owner(ref))
                .param("id", ref.id()).param("area", area).param("day", day).param("lastDay", lastDay)
                .query((rs, n) -> new Logged(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBoolean(3))).single();
    }

    /**
     * Takes the pathways' locks until the transaction ends, in a fixed order, so that two sessions
     * logged at once cannot both pass the model-hours rule.
     */
    public void lock(List<PathwayRef> refs) {
        refs.stream().map(ref -> ref.id() * 2 + (ref.isClearance() ? 1 : 0)).sorted().forEach(key ->
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('accounting.pathway'), CAST(:key % 2147483647 AS integer))")
                        .param("key", key).query(Object.class).list());
    }

    public long newSession() {
        return jdbc.sql("SELECT nextval('accounting.service_session')").query(Long.class).single();
    }

    /** Writes one pathway's row of a session; returns its id. */
    public long insert(long session, PathwayRef ref, LogHours command, long userId) {
        return jdbc.sql("""
                        INSERT INTO accounting.service_delivery (clearance_id, intake_id, area, delivered_on, hours, origin,
                            mode, operator_id, note, session_id, logged_by)
                        VALUES (:clearance, :intake, :area, :day, :hours, 'APP', :mode, :operator, :note, :session, :user)
                        RETURNING id""")
                .param("clearance", ref.isClearance() ? ref.id() : null)
                .param("intake", ref.isClearance() ? null : ref.id())
                .param("area", command.area().name()).param("day", command.deliveredOn()).param("hours", command.hours())
                .param("mode", command.mode().name()).param("operator", command.operatorId())
                .param("note", command.note()).param("session", session).param("user", userId)
                .query(Long.class).single();
    }

    /** The session's rows as JSON, for the audit trail. */
    public String json(long session) {
        return jdbc.sql("""
                        SELECT jsonb_agg(to_jsonb(d) - 'created_at' - 'updated_at' - 'version' ORDER BY d.id)::text
                        FROM accounting.service_delivery d WHERE d.session_id = :session""")
                .param("session", session).query(String.class).single();
    }

    private static String owner(PathwayRef ref) {
        return ref.isClearance() ? " d.clearance_id = :id" : " d.intake_id = :id AND d.clearance_id IS NULL";
    }
}
