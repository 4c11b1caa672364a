package it.integra.monitoring.internal;

import it.integra.monitoring.WorkItem;
import it.integra.participant.PermitAlert;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counts behind the home pages: what officers have to decide and what a provider's caseload needs. */
@Component
public class WorkQueues {

    private final JdbcClient jdbc;

    WorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WorkItem> officer(LocalDate today, int expiringNoticeDays) {
        return List.of(
                item("home.work.applications", "SELECT count(*), min(submitted_on) FROM provider.application "
                        + "WHERE outcome = 'PENDING'", "/providers/applications", today, 0),
                item("home.work.clearances", "SELECT count(*), min(requested_on) FROM clearance.clearance "
                        + "WHERE status = 'REQUESTED'", "/clearances/queue", today, 0),
                item("home.work.claims", "SELECT count(*), min(requested_on) FROM accounting.claim "
                        + "WHERE status = 'REQUESTED'", "/accounting/claims?status=REQUESTED", today, 0),
                item("home.work.expiring", expiring(null), "/clearances/expiring", today, expiringNoticeDays),
                item("home.work.transfers", "SELECT count(*), min(requested_on) FROM participant.transfer_request "
                        + "WHERE status = 'REQUESTED'", "/participants/transfers", today, 0));
    }

    public List<WorkItem> provider(long providerId, LocalDate today, int expiringNoticeDays) {
        return List.of(
                item("home.work.didOutOfDate", """
                        SELECT count(*), min(coalesce(did_on, taken_on)) FROM participant.intake
                        WHERE provider_id = :provider AND closed_on IS NULL
                          AND (did_on IS NULL OR did_on < CAST(:today AS date) - interval '6 months')""",
                        "/participants", today, 0, providerId),
                item("home.work.permits", """
                        SELECT count(*), min(p.permit_expires_on) FROM participant.participant p
                        WHERE p.erased_on IS NULL AND p.permit_expires_on <= CAST(:today AS date) + :notice
                          AND EXISTS (SELECT 1 FROM participant.intake i WHERE i.participant_id = p.id
                                      AND i.provider_id = :provider AND i.closed_on IS NULL)""",
                        "/participants?alerts=true", today, PermitAlert.WARNING_DAYS, providerId),
                item("home.work.attendance", ATTENDANCE_MISSING, "/internships?status=ONGOING", today, 0, providerId),
                item("home.work.hoursMissing", """
                        SELECT count(*), min(i.taken_on) FROM participant.intake i
                        WHERE i.provider_id = :provider AND i.closed_on IS NULL
                          AND NOT EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = i.participant_id
                                          AND k.provider_id = i.provider_id AND k.status IN ('REQUESTED', 'GRANTED'))
                          AND coalesce((SELECT sum(d.hours) FROM accounting.service_delivery d
                                        WHERE d.intake_id = i.id AND d.clearance_id IS NULL), 0) < 20""",
                        "/participants", today, 0, providerId),
                item("home.work.requested", """
                        SELECT count(*), min(requested_on) FROM clearance.clearance
                        WHERE provider_id = :provider AND status = 'REQUESTED'""", "/clearances?status=REQUESTED", today, 0,
                        providerId),
                item("home.work.expiring", expiring(providerId), "/clearances/expiring", today, expiringNoticeDays,
                        providerId),
                item("home.work.transfersReceived", """
                        SELECT count(*), min(requested_on) FROM participant.transfer_request
                        WHERE from_provider_id = :provider AND status = 'REQUESTED'""", "/participants/transfers", today, 0,
                        providerId));
    }

    /**
     * Internships of the provider with an internship month that has ended (the same months as the
     * attendance register: start plus k months, the last one cut at the end) in the last three months
     * and has no hours entered: the allowance of those months is still to be worked out. Older gaps are
     * history (often imported internships whose registers were kept elsewhere) and would never clear.
     * The oldest date is the end of the earliest such month. The provider's internships are found through
     * its clearances (a few thousand among half a million), and only those that ran in the last three
     * months are cut into months.
     */
    private static final String ATTENDANCE_MISSING = """
            SELECT count(DISTINCT i.id), min(m.month_end) FROM internship.internship i
            JOIN clearance.clearance k ON k.id = i.clearance_id
            CROSS JOIN LATERAL (
                SELECT (i.start_date + make_interval(months => g))::date AS month_start,
                       least((i.start_date + make_interval(months => g + 1))::date - 1,
                             coalesce(i.end_date, i.planned_end_date)) AS month_end
                FROM generate_series(0, 36) AS g) m
            WHERE k.provider_id = :provider
              AND i.clearance_id = ANY (ARRAY(SELECT pk.id FROM clearance.clearance pk WHERE pk.provider_id = :provider))
              AND coalesce(i.end_date, i.planned_end_date) >= CAST(:today AS date) - 92
              AND m.month_start <= coalesce(i.end_date, i.planned_end_date)
              AND m.month_end < CAST(:today AS date) AND m.month_end >= CAST(:today AS date) - 92
              AND NOT EXISTS (SELECT 1 FROM internship.attendance a WHERE a.internship_id = i.id
                              AND a.month = date_trunc('month', m.month_start)::date)""";

    /**
     * Granted clearances not started whose start deadline is near or past: a provider's among its own
     * (few), the authority's among those the pathway summary counts as not started (instead of every
     * granted clearance in the programme's history).
     */
    private static String expiring(Long providerId) {
        return """
                SELECT count(*), min(k.decided_on) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                WHERE k.status = 'GRANTED' AND NOT EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                  AND k.decided_on + c.start_window_days <= CAST(:today AS date) + :notice"""
                + (providerId == null ? " AND k.id = ANY (ARRAY(" + AwaitingStartSummary.CLEARANCES + "))"
                : " AND k.provider_id = :provider");
    }

    private WorkItem item(String key, String sql, String link, LocalDate today, int notice, Long... provider) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":today")) {
            statement = statement.param("today", today);
        }
        if (sql.contains(":notice")) {
            statement = statement.param("notice", notice);
        }
        if (provider.length > 0) {
            statement = statement.param("provider", provider[0]);
        }
        return statement.query((rs, n) -> new WorkItem(key, rs.getLong(1), rs.getObject(2, LocalDate.class), link)).single();
    }
}
