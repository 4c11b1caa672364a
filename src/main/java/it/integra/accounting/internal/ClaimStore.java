package it.integra.accounting.internal;

import it.integra.accounting.ClaimLine;
import it.integra.accounting.ClaimStatus;
import it.integra.accounting.ClaimSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes claims and their lines. Status changes check the status they start from. */
@Component
public class ClaimStore {

    private static final String SUMMARY = """
            SELECT c.id, c.code, c.provider_id, pr.name AS provider_name, c.call_id, ca.code AS call_code, c.period_from,
                   c.period_to, c.status, count(l.id) AS lines, coalesce(sum(l.amount), 0) AS amount,
                   coalesce(sum(l.amount) FILTER (WHERE l.verdict = 'ACCEPTED'), 0) AS accepted,
                   coalesce(sum(l.amount) FILTER (WHERE l.verdict = 'REJECTED'), 0) AS rejected,
                   count(l.id) FILTER (WHERE l.verdict IS NULL) AS undecided, c.created_on, c.requested_on,
                   c.verified_on, c.paid_on, c.version
            FROM accounting.claim c
            JOIN provider.provider pr ON pr.id = c.provider_id
            JOIN programme.call ca ON ca.id = c.call_id
            LEFT JOIN accounting.claim_line l ON l.claim_id = c.id""";

    private static final String GROUP = " GROUP BY c.id, pr.name, ca.code";

    /** Accruals of the providers' service lines with the pathway they belong to; alias e, claim line l. */
    static final String LINES = """
            SELECT coalesce(l.id, 0) AS id, e.id AS entry_id, e.clearance_id, k.code AS clearance_code,
                   p.family_name || ' ' || p.given_name AS person, p.tax_code, e.line, d.area, e.fund, e.value_date,
                   e.hours, e.amount, l.verdict, l.reason
            FROM accounting.ledger_entry e
            JOIN clearance.clearance k ON k.id = e.clearance_id
            JOIN participant.participant p ON p.id = k.participant_id
            LEFT JOIN accounting.service_delivery d ON d.id = e.delivery_id""";

    private final JdbcClient jdbc;

    ClaimStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long providerId, long callId, LocalDate from, LocalDate to, LocalDate today, long userId) {
        long number = jdbc.sql("SELECT nextval('accounting.claim_number')").query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO accounting.claim (code, provider_id, call_id, period_from, period_to, status, created_by,
                            created_on)
                        VALUES (:code, :provider, :call, :from, :to, 'DRAFT', :user, :today) RETURNING id""")
                .param("code", "RC-" + today.getYear() + "-" + String.format("%06d", number))
                .param("provider", providerId).param("call", callId).param("from", from).param("to", to)
                .param("user", userId).param("today", today)
                .query(Long.class).single();
    }

    public int addLines(long claimId, List<ClaimLine> lines) {
        int added = 0;
        for (ClaimLine line : lines) {
            added += jdbc.sql("INSERT INTO accounting.claim_line (claim_id, entry_id, amount) VALUES (:claim, :entry, :amount)")
                    .param("claim", claimId).param("entry", line.entryId()).param("amount", line.amount()).update();
        }
        return added;
    }

    /** Accrued service lines of the provider in the call and period, not reversed and not claimed yet. */
    public List<ClaimLine> claimable(long providerId, long callId, LocalDate from, LocalDate to) {
        return jdbc.sql(LINES + """
                         LEFT JOIN accounting.claim_line l ON l.entry_id = e.id
                        WHERE l.id IS NULL AND e.kind = 'ACCRUAL' AND e.recipient = 'PROVIDER' AND e.reverses_id IS NULL
                          AND NOT EXISTS (SELECT 1 FROM accounting.ledger_entry r WHERE r.reverses_id = e.id)
                          AND k.provider_id = :provider AND k.call_id = :call AND e.value_date BETWEEN :from AND :to
                        ORDER BY e.value_date, e.id""")
                .param("provider", providerId).param("call", callId).param("from", from).param("to", to)
                .query(ClaimLine.class).list();
    }

    public Optional<ClaimSummary> find(long id) {
        return jdbc.sql(SUMMARY + " WHERE c.id = :id" + GROUP).param("id", id).query(ClaimStore::summary).optional();
    }

    public List<ClaimLine> lines(long claimId) {
        return jdbc.sql(LINES + " JOIN accounting.claim_line l ON l.entry_id = e.id WHERE l.claim_id = :claim "
                        + "ORDER BY e.value_date, k.code, e.id")
                .param("claim", claimId).query(ClaimLine.class).list();
    }

    /** Claims, the latest first; {@code providerId} null for every provider's. */
    public Page<ClaimSummary> search(Long providerId, ClaimStatus status, Pageable pageable) {
        String where = " WHERE (CAST(:provider AS bigint) IS NULL OR c.provider_id = :provider)"
                + " AND (CAST(:status AS text) IS NULL OR c.status = :status)";
        long total = jdbc.sql("SELECT count(*) FROM accounting.claim c" + where).param("provider", providerId)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
        List<ClaimSummary> rows = jdbc.sql(SUMMARY + where + GROUP + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .param("provider", providerId).param("status", status == null ? null : status.name())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(ClaimStore::summary).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Locks the claim until the transaction ends; its lines change under that lock. */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM accounting.claim WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).list();
    }

    public void move(ClaimSummary claim, ClaimStatus next, LocalDate today) {
        int updated = jdbc.sql("""
                        UPDATE accounting.claim SET status = :next, version = version + 1,
                            requested_on = CASE WHEN :next = 'REQUESTED' THEN :today ELSE requested_on END,
                            verified_on = CASE WHEN :next = 'VERIFIED' THEN :today ELSE verified_on END,
                            paid_on = CASE WHEN :next = 'PAID' THEN :today ELSE paid_on END
                        WHERE id = :id AND status = :from""")
                .param("next", next.name()).param("today", today).param("id", claim.id())
                .param("from", claim.status().name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("claim " + claim.code() + " changed meanwhile");
        }
    }

    public void decide(long lineId, String verdict, String reason, Long correctionId, long userId) {
        jdbc.sql("""
                        UPDATE accounting.claim_line SET verdict = :verdict, reason = :reason, correction_id = :correction,
                            decided_by = :user, decided_at = now()
                        WHERE id = :id AND verdict IS NULL""")
                .param("verdict", verdict).param("reason", reason).param("correction", correctionId)
                .param("user", userId).param("id", lineId).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM accounting.claim WHERE id = :id AND status = 'DRAFT'").param("id", id).update();
    }

    public String json(long id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(c) - 'version' || jsonb_build_object('lines', (SELECT coalesce(jsonb_agg(
                            jsonb_build_object('entry', l.entry_id, 'amount', l.amount, 'verdict', l.verdict,
                                               'reason', l.reason) ORDER BY l.id), '[]'::jsonb)
                            FROM accounting.claim_line l WHERE l.claim_id = c.id)))::text
                        FROM accounting.claim c WHERE c.id = :id""")
                .param("id", id).query(String.class).single();
    }

    private static ClaimSummary summary(ResultSet rs, int row) throws SQLException {
        return new ClaimSummary(rs.getLong("id"), rs.getString("code"), rs.getLong("provider_id"),
                rs.getString("provider_name"), rs.getLong("call_id"), rs.getString("call_code"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                ClaimStatus.valueOf(rs.getString("status")), rs.getLong("lines"), rs.getBigDecimal("amount"),
                rs.getBigDecimal("accepted"), rs.getBigDecimal("rejected"), rs.getLong("undecided"),
                rs.getObject("created_on", LocalDate.class), rs.getObject("requested_on", LocalDate.class),
                rs.getObject("verified_on", LocalDate.class), rs.getObject("paid_on", LocalDate.class),
                rs.getInt("version"));
    }
}
