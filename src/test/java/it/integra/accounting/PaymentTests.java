package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.internship.AttendanceRegister;
import it.integra.internship.InternshipLifecycle;
import it.integra.internship.RecordAttendance;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class PaymentTests {

    static final String IBAN = "IT60X0542811101000000123456";

    @Autowired
    PaymentManagement payments;
    @Autowired
    PaymentFiles files;
    @Autowired
    PayeeManagement payees;
    @Autowired
    AttendanceRegister attendance;
    @Autowired
    InternshipLifecycle lifecycle;
    @Autowired
    BudgetManagement budgets;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;

    private record Trainee(long clearance, long internship, long participant) {
    }

    /** A trainee whose internship began on the first of the month {@code monthsAgo} months ago and lasts {@code months}. */
    private Trainee trainee(AccountingFixture fixture, String name, int monthsAgo, int months) {
        LocalDate start = fixture.today.minusMonths(monthsAgo).withDayOfMonth(1);
        long clearance = fixture.grantedClearance(name, start.minusDays(20));
        long internship = fixture.internship(clearance, start, start.plusMonths(months).minusDays(1));
        return new Trainee(clearance, internship, fixture.lastParticipant);
    }

    private void attended(AccountingFixture fixture, Trainee trainee, LocalDate month, String hours) {
        attendance.record(new RecordAttendance(trainee.internship(), month, new BigDecimal("100"), new BigDecimal(hours)),
                fixture.operator);
    }

    @Test
    void theMonthlyListPaysTheTraineesWhoseAttendanceReachedTheThreshold() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        Trainee present = trainee(fixture, "Dahir", 2, 6);
        Trainee absent = trainee(fixture, "Egal", 2, 6);
        LocalDate month = fixture.today.minusMonths(2).withDayOfMonth(1);
        attended(fixture, present, month, "80");
        attended(fixture, absent, month, "50");

        List<PaymentCandidate> due = payments.due(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);
        assertThat(due).singleElement().satisfies(c -> {
            assertThat(c.internshipId()).isEqualTo(present.internship());
            assertThat(c.state()).isEqualTo("NO_IBAN");
        });
        payees.save(PayeeKind.PARTICIPANT, present.participant(), "it60 x054 2811 1010 0000 0123 456", -1,
                fixture.operator);
        long order = payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);

        assertThat(payments.payments(order, fixture.officer)).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("500.00");
            assertThat(p.iban()).isEqualTo(IBAN);
        });
        String csv = new String(files.bankCsv(order, fixture.officer).content(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Dahir Amina," + IBAN + ",500.00,EUR,Indennità di tirocinio TIR-AFX-");
        payments.markPaid(order, fixture.officer);
        assertThat(budgets.budget(calls.find(fixture.callCode).orElseThrow()).totalPaid()).isEqualByComparingTo("500.00");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'payment_order' AND entity_id = :id")
                .param("id", order).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aMonthIsPaidOnce() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        Trainee trainee = trainee(fixture, "Farah", 2, 6);
        LocalDate month = fixture.today.minusMonths(2).withDayOfMonth(1);
        attended(fixture, trainee, month, "100");
        payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, -1, fixture.officer);
        long order = payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);

        assertThat(payments.due(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo("PAID"));
        // prepared already today: a second order names who prepared it and when; so does a second payment
        assertThatThrownBy(() -> payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.at()).isPresent());
        payments.markPaid(order, fixture.officer);
        assertThatThrownBy(() -> payments.markPaid(order, fixture.officer))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.actor()).isPresent());
        long entry = jdbc.sql("SELECT entry_id FROM accounting.payment WHERE order_id = :o").param("o", order)
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO accounting.payment (order_id, kind, entry_id, internship_id, month, payee, iban, amount)
                SELECT :order, 'ALLOWANCE', e.id, :internship, :month, 'x', :iban, 500 FROM accounting.ledger_entry e
                WHERE e.clearance_id = :clearance AND e.id <> :entry LIMIT 1""").param("order", order)
                .param("internship", trainee.internship()).param("month", month).param("iban", IBAN)
                .param("clearance", trainee.clearance()).param("entry", entry).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void twoOfficersPayingTheSameMonthAtOnceMakeOnePayment() throws Exception {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        Trainee trainee = trainee(fixture, "Gedi", 2, 6);
        LocalDate month = fixture.today.minusMonths(2).withDayOfMonth(1);
        attended(fixture, trainee, month, "75");
        payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, -1, fixture.operator);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> results = new ArrayList<>();
        for (int officer = 0; officer < 2; officer++) {
            results.add(pool.submit((Callable<Long>) () -> {
                go.await();
                return payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);
            }));
        }
        go.countDown();
        int made = 0;
        List<Throwable> refusals = new ArrayList<>();
        for (Future<Long> result : results) {
            try {
                result.get();
                made++;
            } catch (java.util.concurrent.ExecutionException e) {
                refusals.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(made).isEqualTo(1);
        assertThat(refusals).singleElement().isInstanceOf(ChangedMeanwhile.class);
        assertThat(jdbc.sql("SELECT count(*) FROM accounting.payment WHERE internship_id = :i")
                .param("i", trainee.internship()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMonthBeyondTheEndowmentsMonthsIsNotPayable() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        Trainee trainee = trainee(fixture, "Hirsi", 7, 7);
        LocalDate first = fixture.today.minusMonths(7).withDayOfMonth(1);
        for (int month = 0; month < 7; month++) {
            attended(fixture, trainee, first.plusMonths(month), "90");
        }

        assertThat(fixture.ledger(trainee.clearance(), "ACCRUAL", "ALLOWANCE")).isEqualByComparingTo("3000.00");
        assertThat(payments.due(PaymentKind.ALLOWANCE, fixture.callId, first.plusMonths(6), fixture.officer))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo("NOT_ACCRUED"));
    }

    @Test
    void ibansAreCheckedWithTheirCheckDigits() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        Trainee trainee = trainee(fixture, "Isse", 1, 6);

        assertThatThrownBy(() -> payees.save(PayeeKind.PARTICIPANT, trainee.participant(), "IT61X0542811101000000123456",
                -1, fixture.operator)).isInstanceOfSatisfying(ViolationException.class, e ->
                assertThat(e.violations()).containsExactly(Violation.of("iban", "iban.checkDigits")));
        assertThatThrownBy(() -> payees.save(PayeeKind.PARTICIPANT, trainee.participant(), "IT60X05428111010000001234",
                -1, fixture.operator)).isInstanceOfSatisfying(ViolationException.class, e ->
                assertThat(e.violations()).containsExactly(Violation.of("iban", "iban.length", "IT", 27, 25)));
        assertThat(payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, -1, fixture.operator).iban())
                .isEqualTo(IBAN);
        assertThatThrownBy(() -> payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, -1, fixture.operator))
                .hasMessageContaining("payees.changedMeanwhile");
    }

    @Test
    void hostsArePaidTheirFlatAmountOnCompletion() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(6);
        long clearance = fixture.grantedClearance("Jibril", start.minusDays(20));
        long internship = fixture.internship(clearance, start, fixture.today.minusDays(1));
        lifecycle.complete(internship, "Servizio di sala", fixture.operator);

        assertThat(payments.due(PaymentKind.HOST, fixture.callId, fixture.today, fixture.officer)).singleElement()
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo("NO_IBAN");
                    assertThat(c.amount()).isEqualByComparingTo("600.00");
                });
        payees.save(PayeeKind.HOST, fixture.hostOf(internship), IBAN, -1, fixture.operator);
        long order = payments.prepare(PaymentKind.HOST, fixture.callId, fixture.today, fixture.officer);

        assertThat(payments.order(order, fixture.officer).amount()).isEqualByComparingTo("600.00");
        assertThat(payments.due(PaymentKind.HOST, fixture.callId, fixture.today, fixture.officer)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo("PAID"));
    }

    @Test
    void providersSeeOnlyPaymentsToTheirOwnPeopleAndKeepOnlyTheirAccounts() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        AccountingFixture other = AccountingFixture.ready(jdbc);
        Trainee trainee = trainee(fixture, "Kahin", 2, 6);
        LocalDate month = fixture.today.minusMonths(2).withDayOfMonth(1);
        attended(fixture, trainee, month, "100");
        payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, -1, fixture.operator);
        payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);

        assertThat(payments.ofProvider(fixture.operator)).hasSize(1);
        assertThat(payments.ofProvider(other.operator)).isEmpty();
        assertThat(payees.find(PayeeKind.PARTICIPANT, trainee.participant(), other.operator)).isEmpty();
        assertThatThrownBy(() -> payees.save(PayeeKind.PARTICIPANT, trainee.participant(), IBAN, 0, other.operator))
                .isInstanceOf(PaymentNotFoundException.class);
        assertThatThrownBy(() -> payments.due(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.operator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.operator))
                .isInstanceOf(AccessDeniedException.class);
    }
}
