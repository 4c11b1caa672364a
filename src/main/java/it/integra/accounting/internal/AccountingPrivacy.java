package it.integra.accounting.internal;

import it.integra.accounting.ClaimManagement;
import it.integra.accounting.HoursManagement;
import it.integra.accounting.PayeeKind;
import it.integra.accounting.PayeeManagement;
import it.integra.accounting.PaymentManagement;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.participant.ParticipantErased;
import it.integra.platform.AuditTrail;
import it.integra.platform.HistoryRead;
import it.integra.platform.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What accounting keeps of a person, forgotten with their record: the IBAN of their account (deleted),
 * the payee and IBAN of the allowances paid to them (the payee becomes the pseudonym, the IBAN
 * {@link AuditTrail#ERASED}: what was paid, when and for which internship stays), the notes of the
 * hours delivered to them and the reasons given for rejecting their claim lines; and the same values
 * in the audit entries of the account, the payment orders, the hours and the claims. The ledger's
 * notes are message keys and name nobody. Also: reads of the account's history are reads of the
 * person's data, and the histories of payment orders, claims and sessions of hours name the people
 * they concern.
 */
@Component
class AccountingPrivacy {

    private static final String CLEARANCES = "SELECT id FROM clearance.clearance WHERE participant_id = :id";

    /**
     * How many people the history of a record names, by the record's audit type: a payment order's
     * allowances (payee and IBAN), a claim's lines (the people whose accruals it claims, the reasons of
     * their rejection), a session of hours (the people it was delivered to, its notes). Such a history is
     * one entry of the access log with that number, as the order's and the claim's pages are.
     */
    private static final Map<String, String> PEOPLE_IN_HISTORY = Map.of(
            PaymentManagement.AUDIT_TYPE, """
                    SELECT count(DISTINCT k.participant_id) FROM accounting.payment p
                    JOIN internship.internship i ON i.id = p.internship_id JOIN clearance.clearance k ON k.id = i.clearance_id
                    WHERE p.order_id = :id AND p.kind = 'ALLOWANCE'""",
            ClaimManagement.AUDIT_TYPE, """
                    SELECT count(DISTINCT k.participant_id) FROM accounting.claim_line l
                    JOIN accounting.ledger_entry e ON e.id = l.entry_id JOIN clearance.clearance k ON k.id = e.clearance_id
                    WHERE l.claim_id = :id""",
            HoursManagement.AUDIT_TYPE, """
                    SELECT count(DISTINCT coalesce(k.participant_id, n.participant_id)) FROM accounting.service_delivery d
                    LEFT JOIN clearance.clearance k ON k.id = d.clearance_id LEFT JOIN participant.intake n ON n.id = d.intake_id
                    WHERE d.session_id = :id""");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ParticipantAccessLog accessLog;

    AccountingPrivacy(JdbcClient jdbc, AuditTrail audit, ParticipantAccessLog accessLog) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    @EventListener
    void on(ParticipantErased erased) {
        long person = erased.participantId();
        List<String> ibans = jdbc.sql("""
                        SELECT iban FROM accounting.participant_account WHERE participant_id = :id
                        UNION SELECT p.iban FROM accounting.payment p WHERE p.kind = 'ALLOWANCE' AND p.internship_id IN (
                            SELECT i.id FROM internship.internship i WHERE i.clearance_id IN (""" + CLEARANCES + "))")
                .param("id", person).query(String.class).list();
        Identifiers identifiers = erased.identifiers().and(ibans);
        forgetAccount(person, identifiers);
        forgetPayments(person, erased.pseudonym(), identifiers);
        forgetHours(person, identifiers);
        forgetClaimReasons(person, identifiers);
    }

    private void forgetAccount(long person, Identifiers identifiers) {
        jdbc.sql("DELETE FROM accounting.participant_account WHERE participant_id = :id").param("id", person).update();
        audit.forget(PayeeManagement.auditType(PayeeKind.PARTICIPANT), List.of(person), identifiers, Set.of("iban"));
    }

    private void forgetPayments(long person, String pseudonym, Identifiers identifiers) {
        List<Long> orders = jdbc.sql("""
                        UPDATE accounting.payment p SET payee = :pseudonym, iban = :erased
                        WHERE p.kind = 'ALLOWANCE' AND p.internship_id IN (
                            SELECT i.id FROM internship.internship i WHERE i.clearance_id IN (""" + CLEARANCES + """
                        )) RETURNING p.order_id""")
                .param("id", person).param("pseudonym", pseudonym).param("erased", AuditTrail.ERASED)
                .query(Long.class).list();
        audit.forget(PaymentManagement.AUDIT_TYPE, orders.stream().distinct().toList(), identifiers, Set.of());
    }

    private void forgetHours(long person, Identifiers identifiers) {
        String deliveries = "FROM accounting.service_delivery d WHERE (d.clearance_id IN (" + CLEARANCES
                + ") OR d.intake_id IN (SELECT n.id FROM participant.intake n WHERE n.participant_id = :id))";
        List<Long> sessions = jdbc.sql("SELECT DISTINCT d.session_id " + deliveries + " AND d.session_id IS NOT NULL")
                .param("id", person).query(Long.class).list();
        jdbc.sql("UPDATE accounting.service_delivery SET note = NULL, updated_at = now(), version = version + 1 "
                        + "WHERE note IS NOT NULL AND id IN (SELECT d.id " + deliveries + ")")
                .param("id", person).update();
        audit.forget(HoursManagement.AUDIT_TYPE, sessions, identifiers, Set.of());
    }

    private void forgetClaimReasons(long person, Identifiers identifiers) {
        String lines = "FROM accounting.claim_line l WHERE l.entry_id IN (SELECT e.id FROM accounting.ledger_entry e "
                + "WHERE e.clearance_id IN (" + CLEARANCES + "))";
        List<Long> claims = jdbc.sql("SELECT DISTINCT l.claim_id " + lines).param("id", person).query(Long.class).list();
        jdbc.sql("UPDATE accounting.claim_line SET reason = :erased WHERE reason IS NOT NULL AND id IN (SELECT l.id "
                        + lines + ")")
                .param("id", person).param("erased", AuditTrail.ERASED).update();
        audit.forget(ClaimManagement.AUDIT_TYPE, claims, identifiers, Set.of());
    }

    @EventListener
    void on(HistoryRead read) {
        if (PayeeManagement.auditType(PayeeKind.PARTICIPANT).equals(read.entityType())) {
            accessLog.read(read.entityId(), read.user(), AccessAction.HISTORY, read.target());
            return;
        }
        String people = PEOPLE_IN_HISTORY.get(read.entityType());
        if (people != null) {
            accessLog.readMany(read.user(), AccessAction.LIST, read.target(), null,
                    jdbc.sql(people).param("id", read.entityId()).query(Long.class).single());
        }
    }
}
