package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.clearance.ClearanceManagement;
import it.integra.clearance.ClearanceView;
import it.integra.internship.AttendanceRegister;
import it.integra.internship.InternshipLifecycle;
import it.integra.internship.RecordAttendance;
import it.integra.internship.TerminateInternship;
import it.integra.internship.TerminationReason;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger kept in step with grants, cancellations, attendance and the internship's end, in the database. */
@SpringBootTest
class EndowmentLedgerTests {

    @Autowired
    HoursManagement hours;
    @Autowired
    LedgerQueries ledgers;
    @Autowired
    ClearanceManagement clearances;
    @Autowired
    AttendanceRegister attendance;
    @Autowired
    InternshipLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;

    /** However the tests got there, every stored balance is commitments minus accruals minus releases. */
    @AfterEach
    void everyStoredBalanceIsCommitmentsMinusAccrualsMinusReleases() {
        long wrong = jdbc.sql("""
                        SELECT count(*) FROM accounting.ledger_entry e
                        WHERE e.balance_after <> (SELECT sum(CASE WHEN x.kind = 'COMMITMENT' THEN x.amount ELSE -x.amount END)
                                                  FROM accounting.ledger_entry x
                                                  WHERE x.clearance_id = e.clearance_id AND x.line = e.line AND x.id <= e.id)""")
                .query(Long.class).single();
        assertThat(wrong).isZero();
    }

    private ClearanceView granted(AccountingFixture fixture, String name) {
        PathwayRef intake = PathwayRef.intake(fixture.personInCharge(name));
        LocalDate day = fixture.today.minusDays(30);
        hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "4"), fixture.operator);
        hours.log(fixture.hours(intake, ServiceArea.SPECIALIST_GUIDANCE, day.plusDays(1), "8"), fixture.operator);
        hours.log(fixture.hours(intake, ServiceArea.SPECIALIST_GUIDANCE, day.plusDays(2), "8"), fixture.operator);
        ClearanceView requested = clearances.request(fixture.request(), fixture.operator);
        return clearances.grant(requested.id(), fixture.officer);
    }

    @Test
    void theGrantCommitsTheEndowmentLineByLineAndTheCancellationReleasesWhatWasNotSpent() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        ClearanceView clearance = granted(fixture, "Ahmed");
        assertThat(fixture.count("""
                SELECT count(*) FROM accounting.ledger_entry WHERE clearance_id = ? AND kind = 'COMMITMENT'""",
                clearance.id())).isEqualTo(6);

        clearances.cancel(clearance.id(), "Azienda ritirata", fixture.operator);

        LedgerStatement ledger = ledgers.statement(clearance.id(), fixture.officer).orElseThrow();
        assertThat(ledger.totalReleased()).isEqualByComparingTo("5236.00");
        assertThat(ledger.totalBalance()).isZero();
        assertThat(ledger.entries()).filteredOn(e -> e.kind() == EntryKind.RELEASE)
                .allMatch(e -> "ledger.note.cancelled".equals(e.note()) && e.noteIsKey());
    }

    @Test
    void attendanceAccruesTheMonthsAllowanceAndACorrectionReversesIt() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(3).withDayOfMonth(1);
        long clearance = fixture.grantedClearance("Ali", start.minusDays(20));
        long internship = fixture.internship(clearance, start, start.plusMonths(6).minusDays(1));

        attendance.record(new RecordAttendance(internship, start, new BigDecimal("100"), new BigDecimal("70")),
                fixture.operator);
        assertThat(fixture.ledger(clearance, "ACCRUAL", "ALLOWANCE")).isEqualByComparingTo("500.00");
        attendance.record(new RecordAttendance(internship, start, new BigDecimal("100"), new BigDecimal("69")),
                fixture.operator);
        assertThat(fixture.ledger(clearance, "ACCRUAL", "ALLOWANCE")).isZero();
        assertThat(fixture.count("""
                SELECT count(*) FROM accounting.ledger_entry WHERE clearance_id = ? AND reverses_id IS NOT NULL
                AND note = 'ledger.note.notDue'""", clearance)).isEqualTo(1);
        attendance.record(new RecordAttendance(internship, start, new BigDecimal("100"), new BigDecimal("90")),
                fixture.operator);
        assertThat(fixture.ledger(clearance, "ACCRUAL", "ALLOWANCE")).isEqualByComparingTo("500.00");
    }

    @Test
    void completionAccruesTheHostsFlatAmount() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(6);
        long clearance = fixture.grantedClearance("Mohamed", start.minusDays(20));
        long internship = fixture.internship(clearance, start, fixture.today.minusDays(1));

        lifecycle.complete(internship, "Preparazione dei piatti freddi", fixture.operator);

        assertThat(fixture.ledger(clearance, "ACCRUAL", "HOST_TUTORING")).isEqualByComparingTo("600.00");
        assertThat(fixture.ledger(clearance, "RELEASE", null)).isZero();
    }

    @Test
    void anEarlyEndReleasesTheHostsAmountAndTheAllowanceOfTheMonthsNotReached() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(2).minusDays(10);
        long clearance = fixture.grantedClearance("Ibrahim", start.minusDays(20));
        long internship = fixture.internship(clearance, start, start.plusMonths(6).minusDays(1));
        attendance.record(new RecordAttendance(internship, start.withDayOfMonth(1), new BigDecimal("100"),
                new BigDecimal("80")), fixture.operator);

        lifecycle.terminate(new TerminateInternship(internship, start.plusMonths(2).plusDays(3), TerminationReason.HIRED,
                null), fixture.operator);

        assertThat(fixture.ledger(clearance, "RELEASE", "HOST_TUTORING")).isEqualByComparingTo("600.00");
        assertThat(fixture.ledger(clearance, "RELEASE", "ALLOWANCE")).isEqualByComparingTo("1500.00");
        assertThat(fixture.ledger(clearance, "RELEASE", "TUTORING")).isZero();
        assertThat(ledgers.statement(clearance, fixture.officer).orElseThrow().lines())
                .filteredOn(line -> line.line().equals("ALLOWANCE")).singleElement()
                .satisfies(line -> assertThat(line.balance()).isEqualByComparingTo("1000.00"));
    }

    @Test
    void theLedgerIsAppendOnly() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        ClearanceView clearance = granted(fixture, "Noor");

        assertThatThrownBy(() -> jdbc.sql("UPDATE accounting.ledger_entry SET amount = 1 WHERE clearance_id = :id")
                .param("id", clearance.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM accounting.ledger_entry WHERE clearance_id = :id")
                .param("id", clearance.id()).update()).hasMessageContaining("append-only");
        assertThat(fixture.ledger(clearance.id(), "COMMITMENT", null)).isEqualByComparingTo("5940.00");
    }

    @Test
    void aPathwayThatCameByImportHasNoLedgerUntilSomethingHappensToItInTheApplication() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        long clearance = fixture.grantedClearance("Jama", fixture.today.minusDays(40));

        assertThat(ledgers.statement(clearance, fixture.officer).orElseThrow().isOpen()).isFalse();
        clearances.cancel(clearance, "Mai avviato", fixture.officer);

        LedgerStatement ledger = ledgers.statement(clearance, fixture.officer).orElseThrow();
        assertThat(ledger.totalCommitted()).isEqualByComparingTo("5940.00");
        assertThat(ledger.totalReleased()).isEqualByComparingTo("5940.00");
    }
}
