package it.integra.participant;

import it.integra.accounting.PayeeKind;
import it.integra.accounting.PayeeManagement;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.shared.Iban;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person with traces in every module, each holding one of their identifiers or a free text naming
 * them: the record (with an earlier tax code, an attachment named after them, an action plan), the
 * access log (a view, and a search by their name), a clearance with a reason, an internship with
 * competences, a termination note and a suspension note, hours with a note, an IBAN, an allowance paid
 * to them, a claim line with a reason, a contract, and the audit entries of all of these. Their retention
 * has ended (a call closed in 2013, an intake closed the same year), so an administrator may erase them.
 * The values are random, so that no other test's rows hold them.
 *
 * <p>The person stays in the database after the test, erased: the ledger under their allowance is
 * append-only, like the accounting tests' ledgers.
 */
final class TracedPerson {

    private static final Random RANDOM = new Random();

    final String familyName = "Vrazq" + letters(7);
    final String givenName = "Oduv" + letters(6);
    final String phone = "+39 3" + digits(2) + " " + digits(7);
    final String email = "t" + letters(8).toLowerCase() + "@example.org";
    final String address = "Via " + "Kelb" + letters(6) + " 7, Torino";
    final String permitNumber = "Z" + digits(9);
    final String earlierTaxCode = Fixtures.provisionalCode();
    final String taxCode = Fixtures.personalCode(LocalDate.of(1990, 7, 21), Sex.M);
    final String iban = iban();
    long id;
    long clearanceId;
    long internshipId;
    long session;
    long orderId;
    long claimId;

    /** The values that identify the person, as the erasure must forget them everywhere. */
    List<String> identifiers() {
        return List.of(taxCode, earlierTaxCode, familyName, givenName, iban, email, phone, address, permitNumber);
    }

    void build(Services s, Fixtures.Operator operator, CurrentUser officer) {
        id = s.management().register(new RegisterParticipant(earlierTaxCode, data(), null), operator.user());
        s.management().replaceTaxCode(id, taxCode, operator.user());
        s.documents().upload(id, new UploadDocument(DocumentKind.RESIDENCE_PERMIT, "permesso-" + familyName + ".pdf",
                "application/pdf", ("%PDF-1.7 " + taxCode).getBytes(StandardCharsets.US_ASCII)), operator.user());
        s.records().open(id, officer, AccessAction.VIEW);
        s.records().search(new ParticipantQuery(familyName, null, null, null, null, false), PageRequest.of(0, 5), officer);
        s.payees().save(PayeeKind.PARTICIPANT, id, iban, -1, officer);
        s.jdbc().sql("""
                        UPDATE participant.intake SET taken_on = '2012-12-01', closed_on = '2013-09-30',
                            action_plan = :plan WHERE participant_id = :id""")
                .param("plan", "Piano di " + givenName).param("id", id).update();
        long call = s.fixtures().closedCall(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 6, 30));
        clearanceId = s.fixtures().clearance(call, operator.user().providerId(), id, "GRANTED", LocalDate.of(2013, 1, 10));
        s.fixtures().contract(id, taxCode, LocalDate.of(2014, 2, 1));
        s.tx().executeWithoutResult(status -> pathway(s, call, officer));
    }

    private void pathway(Services s, long call, CurrentUser officer) {
        s.jdbc().sql("UPDATE clearance.clearance SET reason = :reason WHERE id = :id")
                .param("reason", "Parere favorevole per " + familyName).param("id", clearanceId).update();
        s.audit().record("clearance", clearanceId, "GRANT", officer, null,
                json(s.jdbc(), "clearance.clearance", clearanceId), "Parere favorevole per " + familyName);
        internship(s, officer);
        hours(s, officer);
        long entry = payment(s, call, officer);
        claim(s, entry, officer);
    }

    private void internship(Services s, CurrentUser officer) {
        JdbcClient jdbc = s.jdbc();
        s.fixtures().internship(clearanceId, LocalDate.of(2013, 2, 1), "TERMINATED");
        internshipId = jdbc.sql("SELECT id FROM internship.internship WHERE clearance_id = :id").param("id", clearanceId)
                .query(Long.class).single();
        jdbc.sql("""
                        UPDATE internship.internship SET competences = :competences, termination_reason = :reason
                        WHERE id = :id""")
                .param("competences", givenName + " sa gestire la cassa").param("reason", "OTHER: trasferito, "
                        + phone).param("id", internshipId).update();
        jdbc.sql("""
                        INSERT INTO internship.suspension (internship_id, cause, from_date, to_date, note)
                        VALUES (:id, 'ILLNESS_OR_INJURY', '2013-03-01', '2013-03-05', :note)""")
                .param("id", internshipId).param("note", "Certificato inviato da " + email).update();
        s.audit().record("internship", internshipId, "TERMINATE", officer, null,
                json(jdbc, "internship.internship", internshipId), "OTHER: trasferito, " + phone);
    }

    private void hours(Services s, CurrentUser officer) {
        session = s.jdbc().sql("SELECT nextval('accounting.service_session')").query(Long.class).single();
        s.jdbc().sql("""
                        INSERT INTO accounting.service_delivery (intake_id, area, delivered_on, hours, mode, note, session_id)
                        SELECT id, 'INTAKE', '2013-01-05', 2, 'IN_PERSON', :note, :session
                        FROM participant.intake WHERE participant_id = :id""")
                .param("note", "Colloquio con " + givenName + " " + familyName).param("session", session)
                .param("id", id).update();
        s.audit().record("hours", session, "LOG", officer, null, s.jdbc().sql("""
                        SELECT jsonb_agg(to_jsonb(d) - 'created_at' - 'updated_at' - 'version')::text
                        FROM accounting.service_delivery d WHERE d.session_id = :session""")
                .param("session", session).query(String.class).single(), null);
    }

    /** An allowance paid to the person; returns its ledger entry. */
    private long payment(Services s, long call, CurrentUser officer) {
        JdbcClient jdbc = s.jdbc();
        jdbc.sql("INSERT INTO accounting.endowment (clearance_id, call_id, opened_on, at_grant) VALUES (:k, :call, '2013-01-10', true)")
                .param("k", clearanceId).param("call", call).update();
        long entry = jdbc.sql("""
                        INSERT INTO accounting.ledger_entry (clearance_id, line, fund, recipient, kind, amount, balance_after,
                                                             value_date)
                        VALUES (:k, 'ALLOWANCE', 'ESF', 'TRAINEE', 'COMMITMENT', 500, 500, '2013-01-10') RETURNING id""")
                .param("k", clearanceId).query(Long.class).single();
        orderId = jdbc.sql("""
                        INSERT INTO accounting.payment_order (code, kind, call_id, month, status, created_on, paid_on)
                        VALUES (:code, 'ALLOWANCE', :call, '2013-02-01', 'PAID', '2013-03-01', '2013-03-02') RETURNING id""")
                .param("code", "PAY-" + letters(10)).param("call", call).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO accounting.payment (order_id, kind, entry_id, internship_id, month, payee, iban, amount)
                        VALUES (:order, 'ALLOWANCE', :entry, :internship, '2013-02-01', :payee, :iban, 500)""")
                .param("order", orderId).param("entry", entry).param("internship", internshipId)
                .param("payee", familyName + " " + givenName).param("iban", iban).update();
        s.audit().record("payment_order", orderId, "PAY", officer, null, jdbc.sql("""
                        SELECT (to_jsonb(o) || jsonb_build_object('payments', (SELECT jsonb_agg(to_jsonb(p))
                            FROM accounting.payment p WHERE p.order_id = o.id)))::text
                        FROM accounting.payment_order o WHERE o.id = :id""")
                .param("id", orderId).query(String.class).single(), null);
        return entry;
    }

    private void claim(Services s, long entry, CurrentUser officer) {
        JdbcClient jdbc = s.jdbc();
        claimId = jdbc.sql("""
                        INSERT INTO accounting.claim (code, provider_id, call_id, period_from, period_to, status, created_on)
                        SELECT :code, provider_id, call_id, '2013-01-01', '2013-03-31', 'VERIFIED', '2013-04-01'
                        FROM clearance.clearance WHERE id = :k RETURNING id""")
                .param("code", "CLM-" + letters(10)).param("k", clearanceId).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO accounting.claim_line (claim_id, entry_id, amount, verdict, reason)
                        VALUES (:claim, :entry, 500, 'ACCEPTED', :reason)""")
                .param("claim", claimId).param("entry", entry).param("reason", "Firma di " + familyName + " verificata")
                .update();
        s.audit().record("claim", claimId, "LINE_ACCEPT", officer, null, jdbc.sql("""
                        SELECT (to_jsonb(c) || jsonb_build_object('lines', (SELECT jsonb_agg(jsonb_build_object(
                            'entry', l.entry_id, 'reason', l.reason)) FROM accounting.claim_line l WHERE l.claim_id = c.id)))::text
                        FROM accounting.claim c WHERE c.id = :id""")
                .param("id", claimId).query(String.class).single(), null);
    }

    private ParticipantData data() {
        return new ParticipantData(
                new ParticipantData.Identity(familyName, givenName, Sex.M, LocalDate.of(1990, 7, 21), "Conakry", "GN",
                        "GN", phone, email, address),
                new ParticipantData.LegalStatus(TargetGroup.INTERNATIONAL_PROTECTION, PermitType.SUBSIDIARY_PROTECTION,
                        permitNumber, it.integra.Today.date().plusYears(1)),
                new ParticipantData.Profile(true, ReceptionKind.SAI, 2, false, null, true, "Muratore",
                        LanguageKnowledge.BASIC, List.of()));
    }

    private static String json(JdbcClient jdbc, String table, long id) {
        return jdbc.sql("SELECT to_jsonb(t)::text FROM " + table + " t WHERE t.id = :id").param("id", id)
                .query(String.class).single();
    }

    private static String iban() {
        String abiCabAccount = "0306909606" + digits(12);
        String bban = Iban.italianCin(abiCabAccount) + abiCabAccount;
        return "IT" + Iban.checkDigits("IT", bban) + bban;
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    private static String digits(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(RANDOM.nextInt(10));
        }
        return text.toString();
    }

    /** What building the traces goes through. */
    record Services(ParticipantManagement management, ParticipantDocuments documents, ParticipantRecords records,
                    PayeeManagement payees, AuditTrail audit, Fixtures fixtures, JdbcClient jdbc, TransactionTemplate tx) {
    }
}
