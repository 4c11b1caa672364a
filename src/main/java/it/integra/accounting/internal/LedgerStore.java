package it.integra.accounting.internal;

import it.integra.accounting.EntryKind;
import it.integra.programme.ProgrammeDetails.EndowmentLine;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and appends the entries of pathways' ledgers; the ledger's header row is its lock. */
@Component
public class LedgerStore {

    /** The clearance a ledger belongs to, as far as the ledger cares. */
    public record Pathway(long clearanceId, long callId, long providerId, String status) {
    }

    /** An app-logged row of hours that no accrual refers to yet. */
    public record Unaccrued(long id, String area, BigDecimal hours, LocalDate deliveredOn) {
    }

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pathway> pathway(long clearanceId) {
        return jdbc.sql("SELECT id AS clearance_id, call_id, provider_id, status FROM clearance.clearance WHERE id = :id")
                .param("id", clearanceId).query(Pathway.class).optional();
    }

    /** Locks the pathway's ledger until the transaction ends; false when it has none yet. */
    public boolean lock(long clearanceId) {
        return !jdbc.sql("SELECT clearance_id FROM accounting.endowment WHERE clearance_id = :id FOR UPDATE")
                .param("id", clearanceId).query(Long.class).list().isEmpty();
    }

    /** Creates the ledger's header (a concurrent creator waits, then finds it) and locks it. */
    public void create(Pathway pathway, LocalDate openedOn, boolean atGrant) {
        jdbc.sql("""
                        INSERT INTO accounting.endowment (clearance_id, call_id, opened_on, at_grant)
                        VALUES (:clearance, :call, :on, :atGrant) ON CONFLICT (clearance_id) DO NOTHING""")
                .param("clearance", pathway.clearanceId()).param("call", pathway.callId()).param("on", openedOn)
                .param("atGrant", atGrant).update();
        lock(pathway.clearanceId());
    }

    public List<LedgerEntry> entries(long clearanceId) {
        return jdbc.sql("SELECT * FROM accounting.ledger_entry WHERE clearance_id = :id ORDER BY id")
                .param("id", clearanceId).query(LedgerStore::entry).list();
    }

    /** Appends the entries; returns them with their ids. */
    public List<LedgerEntry> append(long clearanceId, Map<String, EndowmentLine> lines, List<LedgerEntry> entries,
                                    Long userId) {
        List<LedgerEntry> stored = new ArrayList<>();
        for (LedgerEntry e : entries) {
            EndowmentLine line = lines.get(e.line());
            long id = jdbc.sql("""
                            INSERT INTO accounting.ledger_entry (clearance_id, line, fund, recipient, kind, amount, hours,
                                month, delivery_id, reverses_id, balance_after, value_date, note, created_by)
                            VALUES (:clearance, :line, :fund, :recipient, :kind, :amount, :hours, :month, :delivery,
                                :reverses, :balance, :valueDate, :note, :user) RETURNING id""")
                    .param("clearance", clearanceId).param("line", e.line()).param("fund", line.fund())
                    .param("recipient", line.recipient()).param("kind", e.kind().name()).param("amount", e.amount())
                    .param("hours", e.hours()).param("month", e.month()).param("delivery", e.deliveryId())
                    .param("reverses", e.reversesId()).param("balance", e.balanceAfter())
                    .param("valueDate", e.valueDate()).param("note", e.note()).param("user", userId)
                    .query(Long.class).single();
            stored.add(e.withId(id));
        }
        return stored;
    }

    public List<Unaccrued> unaccruedHours(long clearanceId) {
        return jdbc.sql("""
                        SELECT d.id, d.area, d.hours, d.delivered_on FROM accounting.service_delivery d
                        WHERE d.clearance_id = :id AND d.origin = 'APP'
                          AND NOT EXISTS (SELECT 1 FROM accounting.ledger_entry e WHERE e.delivery_id = d.id)
                        ORDER BY d.delivered_on, d.id""")
                .param("id", clearanceId).query(Unaccrued.class).list();
    }

    /** Every hour delivered in the area on the pathway, imported ones included. */
    public BigDecimal hoursIn(long clearanceId, String area) {
        return jdbc.sql("""
                        SELECT coalesce(sum(hours), 0) FROM accounting.service_delivery
                        WHERE clearance_id = :id AND area = :area""")
                .param("id", clearanceId).param("area", area).query(BigDecimal.class).single();
    }

    /** Whether the allowance of the month has gone into a payment order. */
    public boolean monthInPayment(long clearanceId, LocalDate month) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM accounting.payment p JOIN accounting.ledger_entry e ON e.id = p.entry_id
                        WHERE e.clearance_id = :id AND e.month = :month""")
                .param("id", clearanceId).param("month", month).query(Boolean.class).single();
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getString("line"), EntryKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getBigDecimal("hours"), rs.getObject("month", LocalDate.class),
                (Long) rs.getObject("delivery_id"), (Long) rs.getObject("reverses_id"),
                rs.getBigDecimal("balance_after"), rs.getObject("value_date", LocalDate.class), rs.getString("note"));
    }
}
