package it.integra.accounting.internal;

import it.integra.accounting.PathwayHours;
import it.integra.accounting.PathwayOption;
import it.integra.accounting.PathwayRef;
import it.integra.accounting.SessionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lists and sums of service hours that pages show, each in one query. */
@Component
public class HoursReadings {

    /** Hours delivered in an area: in all, and after the internship's last day. */
    public record AreaSums(BigDecimal delivered, BigDecimal afterEnd) {
    }

    private static final String SESSIONS = """
            FROM accounting.service_delivery d
            LEFT JOIN clearance.clearance k ON k.id = d.clearance_id
            LEFT JOIN participant.intake n ON n.id = d.intake_id
            JOIN participant.participant p ON p.id = coalesce(k.participant_id, n.participant_id)
            JOIN provider.provider pr ON pr.id = coalesce(k.provider_id, n.provider_id)
            LEFT JOIN platform.app_user u ON u.id = d.operator_id
            WHERE d.session_id IS NOT NULL AND (CAST(:provider AS bigint) IS NULL OR pr.id = :provider)""";

    private final JdbcClient jdbc;

    HoursReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provider's open pathways: clearances requested or granted, and intakes without one. */
    public List<PathwayOption> options(long providerId) {
        return jdbc.sql("""
                        SELECT 'clearance' AS kind, k.id, p.id AS participant_id, p.family_name || ' ' || p.given_name AS person,
                               p.tax_code, c.code AS call_code, k.code AS clearance_code, k.status, i.status AS internship
                        FROM clearance.clearance k
                        JOIN participant.participant p ON p.id = k.participant_id
                        JOIN programme.call c ON c.id = k.call_id
                        LEFT JOIN internship.internship i ON i.clearance_id = k.id
                        WHERE k.provider_id = :provider AND k.status IN ('REQUESTED', 'GRANTED')
                        UNION ALL
                        SELECT 'intake', n.id, p.id, p.family_name || ' ' || p.given_name, p.tax_code, NULL, NULL, NULL, NULL
                        FROM participant.intake n JOIN participant.participant p ON p.id = n.participant_id
                        WHERE n.provider_id = :provider AND n.closed_on IS NULL
                          AND NOT EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = n.participant_id
                                          AND k.provider_id = n.provider_id AND k.status IN ('REQUESTED', 'GRANTED'))
                        ORDER BY person, kind DESC, id""")
                .param("provider", providerId)
                .query((rs, n) -> new PathwayOption(new PathwayRef("clearance".equals(rs.getString(1))
                        ? PathwayRef.Kind.CLEARANCE : PathwayRef.Kind.INTAKE, rs.getLong(2)), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** The clearance's hours by area; {@code lastDay} splits off those after the internship's end. */
    public Map<String, AreaSums> sums(long clearanceId, LocalDate lastDay) {
        Map<String, AreaSums> sums = new HashMap<>();
        jdbc.sql("""
                        SELECT area, sum(hours), coalesce(sum(hours) FILTER (WHERE delivered_on > CAST(:lastDay AS date)), 0)
                        FROM accounting.service_delivery WHERE clearance_id = :id GROUP BY area""")
                .param("id", clearanceId).param("lastDay", lastDay)
                .query((rs, n) -> sums.put(rs.getString(1), new AreaSums(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .list();
        return sums;
    }

    public List<PathwayHours.Entry> entries(long clearanceId) {
        return jdbc.sql("""
                        SELECT d.id, d.delivered_on, d.area, d.hours, d.mode, u.display_name, d.note, d.session_id,
                               (SELECT count(*) FROM accounting.service_delivery s WHERE s.session_id = d.session_id),
                               d.origin = 'IMPORT'
                        FROM accounting.service_delivery d LEFT JOIN platform.app_user u ON u.id = d.operator_id
                        WHERE d.clearance_id = :id ORDER BY d.delivered_on DESC, d.id DESC""")
                .param("id", clearanceId)
                .query((rs, n) -> new PathwayHours.Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        (Long) rs.getObject(8), rs.getInt(9), rs.getBoolean(10)))
                .list();
    }

    /** Logged sessions, the latest first; {@code providerId} null for all providers. */
    public Page<SessionSummary> sessions(Long providerId, Pageable pageable) {
        long total = jdbc.sql("SELECT count(DISTINCT d.session_id) " + SESSIONS).param("provider", providerId)
                .query(Long.class).single();
        List<SessionSummary> rows = jdbc.sql("""
                        SELECT d.session_id, min(d.delivered_on), min(d.area), min(d.hours), min(d.mode), min(u.display_name),
                               min(d.note), count(*),
                               string_agg(p.family_name || ' ' || p.given_name, ', ' ORDER BY p.family_name, p.given_name),
                               min(pr.name), array_agg(DISTINCT p.id)\s""" + SESSIONS + """
                         GROUP BY d.session_id ORDER BY min(d.delivered_on) DESC, d.session_id DESC
                        LIMIT :limit OFFSET :offset""")
                .param("provider", providerId).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new SessionSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getString(9), rs.getString(10), List.of((Long[]) rs.getArray(11).getArray())))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }
}
