package it.integra.accounting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The money figures of calls, by fund, from the ledgers, the claims and the payment orders: accrued
 * (accruals net of corrections), claimed (claim lines sent to the authority and not rejected, plus
 * payments listed for the bank) and paid (accepted lines of paid claims, plus payments of paid orders).
 */
@Component
public class BudgetStore {

    /** One call's figures for one fund. */
    public record Figures(long callId, String fund, BigDecimal accrued, BigDecimal claimed, BigDecimal paid) {
    }

    /** The moves of one month: net commitments, accruals, claims and payments. */
    public record Month(LocalDate month, BigDecimal committed, BigDecimal accrued, BigDecimal claimed, BigDecimal paid) {
    }

    /** Ledger entries of the pathways in scope; alias e, with the call as call_id. */
    private static final String ENTRIES = """
            WITH entries AS (
                SELECT e.*, w.call_id FROM accounting.ledger_entry e
                JOIN accounting.endowment w ON w.clearance_id = e.clearance_id
                JOIN clearance.clearance k ON k.id = w.clearance_id
                WHERE (CAST(:call AS bigint) IS NULL OR w.call_id = :call)
                  AND (CAST(:provider AS bigint) IS NULL OR k.provider_id = :provider)),
            requests AS (
                SELECT e.call_id, e.fund, l.amount, c.requested_on AS claimed_on,
                       CASE WHEN c.status = 'PAID' AND l.verdict = 'ACCEPTED' THEN c.paid_on END AS paid_on
                FROM accounting.claim_line l JOIN accounting.claim c ON c.id = l.claim_id
                JOIN entries e ON e.id = l.entry_id
                WHERE c.status <> 'DRAFT' AND l.verdict IS DISTINCT FROM 'REJECTED'
                UNION ALL
                SELECT e.call_id, e.fund, p.amount, o.created_on, CASE WHEN o.status = 'PAID' THEN o.paid_on END
                FROM accounting.payment p JOIN accounting.payment_order o ON o.id = p.order_id
                JOIN entries e ON e.id = p.entry_id)
            """;

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures by call and fund; {@code callId} and {@code providerId} null for all. */
    public List<Figures> figures(Long callId, Long providerId) {
        return jdbc.sql(ENTRIES + """
                        , accrued AS (SELECT call_id, fund, sum(amount) AS accrued FROM entries WHERE kind = 'ACCRUAL'
                                      GROUP BY call_id, fund),
                        claimed AS (SELECT call_id, fund, sum(amount) AS claimed,
                                           coalesce(sum(amount) FILTER (WHERE paid_on IS NOT NULL), 0) AS paid
                                    FROM requests GROUP BY call_id, fund)
                        SELECT call_id, fund, coalesce(a.accrued, 0), coalesce(c.claimed, 0), coalesce(c.paid, 0)
                        FROM accrued a FULL JOIN claimed c USING (call_id, fund) ORDER BY call_id, fund""")
                .param("call", callId).param("provider", providerId)
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    /**
     * Month by month, what was committed (net of releases), accrued, claimed and paid, each on the day
     * it was recorded: hours logged late, or accrued when a ledger opens, count when they entered the books.
     */
    public List<Month> months(Long callId, Long providerId) {
        return jdbc.sql(ENTRIES + """
                        , moves AS (
                            SELECT (created_at AT TIME ZONE 'Europe/Rome')::date AS day,
                                   CASE kind WHEN 'COMMITMENT' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END AS committed,
                                   CASE kind WHEN 'ACCRUAL' THEN amount ELSE 0 END AS accrued, 0 AS claimed, 0 AS paid
                            FROM entries
                            UNION ALL SELECT claimed_on, 0, 0, amount, 0 FROM requests
                            UNION ALL SELECT paid_on, 0, 0, 0, amount FROM requests WHERE paid_on IS NOT NULL)
                        SELECT date_trunc('month', day)::date, sum(committed), sum(accrued), sum(claimed), sum(paid)
                        FROM moves GROUP BY 1 ORDER BY 1""")
                .param("call", callId).param("provider", providerId)
                .query((rs, n) -> new Month(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    /** Granted clearances, not cancelled, by call: each commits one endowment. */
    public Map<Long, Long> activeGrants(Long providerId) {
        return jdbc.sql("""
                        SELECT call_id, count(*) FROM clearance.clearance
                        WHERE status = 'GRANTED' AND (CAST(:provider AS bigint) IS NULL OR provider_id = :provider)
                        GROUP BY call_id""")
                .param("provider", providerId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The calls that have any pathway, newest first. */
    public List<Long> callsWithPathways(Long providerId) {
        return jdbc.sql("""
                        SELECT c.id FROM programme.call c
                        WHERE EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.call_id = c.id
                                      AND (CAST(:provider AS bigint) IS NULL OR k.provider_id = :provider))
                        ORDER BY c.opens_on DESC, c.code""")
                .param("provider", providerId).query(Long.class).list();
    }
}
