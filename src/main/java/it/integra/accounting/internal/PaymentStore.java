package it.integra.accounting.internal;

import it.integra.accounting.PaymentCandidate;
import it.integra.accounting.PaymentKind;
import it.integra.accounting.PaymentOrderStatus;
import it.integra.accounting.PaymentOrderSummary;
import it.integra.accounting.PaymentView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what is due to trainees and hosts, and writes payment orders and their payments. */
@Component
public class PaymentStore {

    /** A standing accrual: not a reversal, and not reversed. */
    private static final String STANDING = """
            e.kind = 'ACCRUAL' AND e.reverses_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM accounting.ledger_entry r WHERE r.reverses_id = e.id)""";

    private static final String ORDERS = """
            SELECT o.id, o.code, o.kind, o.call_id, c.code AS call_code, o.month, o.status, count(p.id) AS payments,
                   coalesce(sum(p.amount), 0) AS amount, o.created_on, o.paid_on, o.version
            FROM accounting.payment_order o JOIN programme.call c ON c.id = o.call_id
            LEFT JOIN accounting.payment p ON p.order_id = o.id""";

    private static final String PAYMENTS = """
            SELECT p.id, p.order_id, o.code AS order_code, p.kind, p.internship_id, i.code AS internship_code,
                   k.provider_id, p.month, p.payee, p.iban, p.amount, o.status, o.paid_on
            FROM accounting.payment p JOIN accounting.payment_order o ON o.id = p.order_id
            JOIN internship.internship i ON i.id = p.internship_id JOIN clearance.clearance k ON k.id = i.clearance_id""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The trainees of the call's internships with their accounts and, if the ledger has one, the
     * standing accrual of the month's allowance; {@code amount} is the accrual's.
     */
    public List<PaymentCandidate> allowances(long callId, LocalDate month) {
        return jdbc.sql("""
                        SELECT i.id, i.code, p.id AS payee_id, p.family_name || ' ' || p.given_name, p.tax_code, a.iban,
                               s.id AS entry_id,
                               EXISTS (SELECT 1 FROM accounting.payment x WHERE x.kind = 'ALLOWANCE'
                                       AND x.internship_id = i.id AND x.month = :month) AS paid, s.amount
                        FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
                        JOIN participant.participant p ON p.id = k.participant_id
                        LEFT JOIN accounting.participant_account a ON a.participant_id = p.id
                        LEFT JOIN LATERAL (SELECT e.id, e.amount FROM accounting.ledger_entry e
                                           WHERE e.clearance_id = k.id AND e.recipient = 'TRAINEE' AND e.month = :month
                                             AND\s""" + STANDING + """
                                           ORDER BY e.id LIMIT 1) s ON true
                        WHERE k.call_id = :call ORDER BY i.code""")
                .param("call", callId).param("month", month)
                .query((rs, n) -> candidate(PaymentKind.ALLOWANCE, rs, month)).list();
    }

    /** The hosts' standing accruals in the call (the flat amount of completed internships), with their accounts. */
    public List<PaymentCandidate> hosts(long callId) {
        return jdbc.sql("""
                        SELECT i.id, i.code, h.id AS payee_id, h.name, h.tax_code, a.iban, e.id AS entry_id,
                               EXISTS (SELECT 1 FROM accounting.payment x WHERE x.kind = 'HOST'
                                       AND x.internship_id = i.id) AS paid, e.amount
                        FROM accounting.ledger_entry e
                        JOIN accounting.endowment w ON w.clearance_id = e.clearance_id
                        JOIN internship.internship i ON i.clearance_id = e.clearance_id
                        JOIN internship.host h ON h.id = i.host_id
                        LEFT JOIN accounting.host_account a ON a.host_id = h.id
                        WHERE w.call_id = :call AND e.recipient = 'HOST' AND\s""" + STANDING + """
                         ORDER BY i.code""")
                .param("call", callId).query((rs, n) -> candidate(PaymentKind.HOST, rs, null)).list();
    }

    private static PaymentCandidate candidate(PaymentKind kind, ResultSet rs, LocalDate month) throws SQLException {
        return new PaymentCandidate(kind, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), month, rs.getBigDecimal(9), rs.getString(6), (Long) rs.getObject(7), rs.getBoolean(8));
    }

    public long insertOrder(PaymentKind kind, long callId, LocalDate month, LocalDate today, long userId) {
        long number = jdbc.sql("SELECT nextval('accounting.payment_order_number')").query(Long.class).single();
        String prefix = kind == PaymentKind.ALLOWANCE ? "PI-" : "PO-";
        return jdbc.sql("""
                        INSERT INTO accounting.payment_order (code, kind, call_id, month, status, created_by, created_on)
                        VALUES (:code, :kind, :call, :month, 'PREPARED', :user, :today) RETURNING id""")
                .param("code", prefix + today.getYear() + "-" + String.format("%06d", number)).param("kind", kind.name())
                .param("call", callId).param("month", month).param("user", userId).param("today", today)
                .query(Long.class).single();
    }

    public void insertPayment(long orderId, PaymentCandidate candidate) {
        jdbc.sql("""
                        INSERT INTO accounting.payment (order_id, kind, entry_id, internship_id, month, payee, iban, amount)
                        VALUES (:order, :kind, :entry, :internship, :month, :payee, :iban, :amount)""")
                .param("order", orderId).param("kind", candidate.kind().name()).param("entry", candidate.entryId())
                .param("internship", candidate.internshipId()).param("month", candidate.month())
                .param("payee", candidate.payee()).param("iban", candidate.iban()).param("amount", candidate.amount())
                .update();
    }

    public Optional<PaymentOrderSummary> order(long id) {
        return jdbc.sql(ORDERS + " WHERE o.id = :id GROUP BY o.id, c.code").param("id", id)
                .query(PaymentStore::order).optional();
    }

    public List<PaymentOrderSummary> orders() {
        return jdbc.sql(ORDERS + " GROUP BY o.id, c.code ORDER BY o.id DESC LIMIT 200").query(PaymentStore::order).list();
    }

    public List<PaymentView> payments(long orderId) {
        return jdbc.sql(PAYMENTS + " WHERE p.order_id = :order ORDER BY p.payee, p.id").param("order", orderId)
                .query(PaymentView.class).list();
    }

    /** The payments to a provider's trainees and hosts, the latest first. */
    public List<PaymentView> paymentsOfProvider(long providerId) {
        return jdbc.sql(PAYMENTS + " WHERE k.provider_id = :provider ORDER BY p.id DESC LIMIT 500")
                .param("provider", providerId).query(PaymentView.class).list();
    }

    /** Holds the preparation of orders of this kind for the call until the transaction ends: one at a time. */
    public void lockPreparation(PaymentKind kind, long callId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('accounting.payment:' || :kind), CAST(:call % 2147483647 AS integer))")
                .param("kind", kind.name()).param("call", callId).query(Integer.class).single();
    }

    /** The last order of this kind, call and month (null for hosts) prepared on this day. */
    public Optional<Long> preparedOn(PaymentKind kind, long callId, LocalDate month, LocalDate day) {
        return jdbc.sql("""
                        SELECT id FROM accounting.payment_order WHERE kind = :kind AND call_id = :call
                            AND month IS NOT DISTINCT FROM CAST(:month AS date) AND created_on = :day
                        ORDER BY id DESC LIMIT 1""")
                .param("kind", kind.name()).param("call", callId).param("month", month).param("day", day)
                .query(Long.class).optional();
    }

    public void lock(long orderId) {
        jdbc.sql("SELECT id FROM accounting.payment_order WHERE id = :id FOR UPDATE").param("id", orderId)
                .query(Long.class).list();
    }

    public void move(PaymentOrderSummary order, PaymentOrderStatus next, LocalDate today) {
        int updated = jdbc.sql("""
                        UPDATE accounting.payment_order SET status = :next, version = version + 1,
                            paid_on = CASE WHEN :next = 'PAID' THEN :today ELSE paid_on END
                        WHERE id = :id AND status = :from""")
                .param("next", next.name()).param("today", today).param("id", order.id())
                .param("from", order.status().name()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("payment order " + order.code() + " changed meanwhile");
        }
    }

    public String json(long orderId) {
        return jdbc.sql("""
                        SELECT (to_jsonb(o) || jsonb_build_object('payments', (SELECT coalesce(jsonb_agg(to_jsonb(p)
                            ORDER BY p.id), '[]'::jsonb) FROM accounting.payment p WHERE p.order_id = o.id)))::text
                        FROM accounting.payment_order o WHERE o.id = :id""")
                .param("id", orderId).query(String.class).single();
    }

    private static PaymentOrderSummary order(ResultSet rs, int row) throws SQLException {
        return new PaymentOrderSummary(rs.getLong("id"), rs.getString("code"), PaymentKind.valueOf(rs.getString("kind")),
                rs.getLong("call_id"), rs.getString("call_code"), rs.getObject("month", LocalDate.class),
                PaymentOrderStatus.valueOf(rs.getString("status")), rs.getLong("payments"), rs.getBigDecimal("amount"),
                rs.getObject("created_on", LocalDate.class), rs.getObject("paid_on", LocalDate.class),
                rs.getInt("version"));
    }
}
