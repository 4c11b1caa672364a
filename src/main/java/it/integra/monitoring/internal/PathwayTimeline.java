package it.integra.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's pathway as one timeline: intakes, guidance hours by area against the model, clearance
 * requests and decisions, the internship with its suspensions, attendance and end, allowance payments
 * and the first job afterwards. A provider's operator gets only what its own provider did, and what
 * a provider whose pathway history the authority shared with it on a transfer did.
 */
@Component
public class PathwayTimeline {

    /**
     * One event. {@code kind} names the message; {@code label} and {@code detail} are codes or names,
     * {@code quantity} and {@code of} hours or euros, {@code link} the record's page if there is one.
     */
    public record Event(LocalDate day, String kind, String label, String detail, BigDecimal quantity, BigDecimal of,
                        String link) {
    }

    private static final String EVENTS = """
            WITH n AS (
                SELECT n.*, p.name AS provider_name FROM participant.intake n
                JOIN provider.provider p ON p.id = n.provider_id
                WHERE n.participant_id = :participant AND (:all OR n.provider_id IN (:providers))),
            k AS (
                SELECT k.*, c.code AS call_code FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                WHERE k.participant_id = :participant AND (:all OR k.provider_id IN (:providers))),
            i AS (SELECT i.*, k.provider_id AS via_provider FROM internship.internship i JOIN k ON k.id = i.clearance_id),
            d AS (
                SELECT d.* FROM accounting.service_delivery d WHERE d.intake_id IN (SELECT id FROM n)
                UNION
                SELECT d.* FROM accounting.service_delivery d WHERE d.clearance_id IN (SELECT id FROM k))
            SELECT day, kind, label, detail, quantity, of,
                   CASE WHEN :all OR e.owner = CAST(:own AS bigint) THEN e.link END AS link FROM (
                SELECT n.taken_on AS day, 1 AS rank, 'INTAKE' AS kind, n.provider_name AS label, NULL AS detail,
                       NULL::numeric AS quantity, NULL::numeric AS of, NULL AS link, n.provider_id AS owner FROM n
                UNION ALL
                SELECT n.did_on, 2, 'DID', n.provider_name, NULL, NULL, NULL, NULL, n.provider_id FROM n
                WHERE n.did_on IS NOT NULL
                UNION ALL
                SELECT max(d.delivered_on), 3, CASE WHEN ca.model_hours IS NULL THEN 'SERVICES' ELSE 'SERVICES_MODEL' END,
                       d.area, NULL, sum(d.hours), ca.model_hours, NULL, NULL
                FROM d LEFT JOIN k ON k.id = d.clearance_id
                LEFT JOIN programme.call_area ca ON ca.call_id = k.call_id AND ca.area = d.area
                GROUP BY d.intake_id, d.clearance_id, d.area, ca.model_hours
                UNION ALL
                SELECT k.requested_on, 4, 'REQUESTED', k.code, k.call_code, NULL, NULL, '/clearances/' || k.id, k.provider_id
                FROM k
                UNION ALL
                SELECT k.decided_on, 5, CASE WHEN k.status = 'REJECTED' THEN 'REJECTED' ELSE 'GRANTED' END, k.code,
                       k.reason, NULL, NULL, '/clearances/' || k.id, k.provider_id
                FROM k WHERE k.decided_on IS NOT NULL
                UNION ALL
                SELECT k.cancelled_on, 6, 'CANCELLED', k.code, k.reason, NULL, NULL, '/clearances/' || k.id, k.provider_id
                FROM k WHERE k.status = 'CANCELLED' AND k.cancelled_on IS NOT NULL
                UNION ALL
                SELECT i.start_date, 7, 'STARTED', i.code, i.host_name, NULL, NULL, '/internships/' || i.id, i.via_provider
                FROM i
                UNION ALL
                SELECT s.from_date, 8, 'SUSPENDED', s.cause, to_char(s.to_date, 'DD/MM/YYYY'), NULL, NULL,
                       '/internships/' || i.id, i.via_provider
                FROM internship.suspension s JOIN i ON i.id = s.internship_id
                UNION ALL
                SELECT (i.start_date + make_interval(months => ((extract(year FROM a.month) - extract(year FROM i.start_date)) * 12
                           + extract(month FROM a.month) - extract(month FROM i.start_date))::int))::date, 9, 'ATTENDANCE', to_char(a.month, 'MM/YYYY'), NULL, a.attended_hours, a.planned_hours,
                       '/internships/' || i.id, i.via_provider
                FROM internship.attendance a JOIN i ON i.id = a.internship_id
                UNION ALL
                SELECT i.end_date, 10, i.status, i.code, i.termination_reason, NULL, NULL, '/internships/' || i.id,
                       i.via_provider
                FROM i WHERE i.end_date IS NOT NULL
                UNION ALL
                SELECT coalesce(o.paid_on, o.created_on), 11, CASE WHEN o.status = 'PAID' THEN 'PAID' ELSE 'PREPARED' END,
                       to_char(p.month, 'MM/YYYY'), o.code, p.amount, NULL, NULL, NULL
                FROM accounting.payment p JOIN accounting.payment_order o ON o.id = p.order_id
                JOIN i ON i.id = p.internship_id WHERE p.kind = 'ALLOWANCE'
                UNION ALL
                SELECT f.first_employment_start, 12,
                       CASE WHEN f.host_employment_start = f.first_employment_start THEN 'HIRED_BY_HOST' ELSE 'EMPLOYED' END,
                       f.first_contract_type, NULL, f.months_to_employment, NULL, NULL, NULL
                FROM outcome.internship_outcome f JOIN i ON i.id = f.internship_id
                WHERE f.first_employment_start IS NOT NULL
            ) e
            ORDER BY day, rank, label""";

    private final JdbcClient jdbc;

    PathwayTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the provider ever had the person in charge or asked a clearance for them. */
    public boolean known(long participantId, long providerId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM participant.intake WHERE participant_id = :p AND provider_id = :v)
                            OR EXISTS (SELECT 1 FROM clearance.clearance WHERE participant_id = :p AND provider_id = :v)""")
                .param("p", participantId).param("v", providerId).query(Boolean.class).single();
    }

    /**
     * The events, oldest first, of what the {@code providers} did with the person (null for the
     * authority's staff, who see every provider). Links lead to records' pages only for what the
     * reader's own provider ({@code own}) did: another provider's pages stay closed to it even when
     * the authority shared that provider's pathway history.
     */
    public List<Event> of(long participantId, List<Long> providers, Long own) {
        return jdbc.sql(EVENTS).param("participant", participantId).param("all", providers == null)
                .param("providers", providers == null || providers.isEmpty() ? List.of(-1L) : providers)
                .param("own", own).query(Event.class).list();
    }
}
