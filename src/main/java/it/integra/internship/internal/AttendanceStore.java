package it.integra.internship.internal;

import it.integra.internship.DueAllowance;
import it.integra.internship.RecordAttendance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the monthly attendance register, and finds the allowances it makes due. */
@Component
public class AttendanceStore {

    /** The rule of {@link AttendancePolicy#allowanceDue}, in SQL, over the register and the call's terms. */
    private static final String DUE = """
            SELECT a.internship_id, i.code AS internship_code, k.call_id, k.provider_id, k.participant_id, a.month,
                   a.planned_hours, a.attended_hours, c.monthly_allowance AS amount
            FROM internship.attendance a
            JOIN internship.internship i ON i.id = a.internship_id
            JOIN clearance.clearance k ON k.id = i.clearance_id
            JOIN programme.call c ON c.id = k.call_id
            WHERE a.attended_hours >= a.planned_hours * c.attendance_threshold""";

    /** One month's hours as recorded. */
    public record Row(LocalDate month, BigDecimal plannedHours, BigDecimal attendedHours) {
    }

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<LocalDate, Row> of(long internshipId) {
        Map<LocalDate, Row> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT month, planned_hours, attended_hours FROM internship.attendance
                        WHERE internship_id = :id ORDER BY month""")
                .param("id", internshipId).query(Row.class).list().forEach(row -> rows.put(row.month(), row));
        return rows;
    }

    public void save(RecordAttendance entry, long userId) {
        jdbc.sql("""
                        INSERT INTO internship.attendance (internship_id, month, planned_hours, attended_hours, recorded_by)
                        VALUES (:internship, :month, :planned, :attended, :user)
                        ON CONFLICT (internship_id, month) DO UPDATE SET planned_hours = EXCLUDED.planned_hours,
                            attended_hours = EXCLUDED.attended_hours, recorded_by = EXCLUDED.recorded_by,
                            recorded_at = now()""")
                .param("internship", entry.internshipId()).param("month", entry.month())
                .param("planned", entry.plannedHours()).param("attended", entry.attendedHours()).param("user", userId)
                .update();
    }

    /** The month's row as JSON for the audit trail, or null when there is none. */
    public String json(long internshipId, LocalDate month) {
        return jdbc.sql("""
                        SELECT jsonb_build_object('month', month, 'planned_hours', planned_hours,
                                                  'attended_hours', attended_hours)::text
                        FROM internship.attendance WHERE internship_id = :id AND month = :month""")
                .param("id", internshipId).param("month", month).query(String.class).optional().orElse(null);
    }

    public BigDecimal attendedHours(long internshipId) {
        return jdbc.sql("SELECT coalesce(sum(attended_hours), 0) FROM internship.attendance WHERE internship_id = :id")
                .param("id", internshipId).query(BigDecimal.class).single();
    }

    public List<DueAllowance> due(String where, String param, long value) {
        return jdbc.sql(DUE + " AND " + where + " ORDER BY i.code, a.month").param(param, value)
                .query(DueAllowance.class).list();
    }
}
