package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.clearance.ClearanceManagement;
import it.integra.clearance.ClearanceView;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.ServiceArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class HoursLoggingTests {

    @Autowired
    HoursManagement hours;
    @Autowired
    HoursQueries queries;
    @Autowired
    LedgerQueries ledgers;
    @Autowired
    ClearanceManagement clearances;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hoursBeforeTheRequestJoinThePathwayAndAccrueWhenTheClearanceIsGranted() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        PathwayRef intake = PathwayRef.intake(fixture.personInCharge("Warsame"));
        LocalDate day = fixture.today.minusDays(20);
        hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "4"), fixture.operator);
        hours.log(fixture.hours(intake, ServiceArea.SPECIALIST_GUIDANCE, day.plusDays(1), "8"), fixture.operator);
        hours.log(fixture.hours(intake, ServiceArea.SPECIALIST_GUIDANCE, day.plusDays(2), "8"), fixture.operator);
        assertThat(queries.pathways(fixture.operator)).extracting(PathwayOption::ref).contains(intake);

        ClearanceView requested = clearances.request(fixture.request(), fixture.operator);
        assertThat(fixture.count("SELECT count(*) FROM accounting.ledger_entry WHERE clearance_id = ?", requested.id()))
                .isZero();
        clearances.grant(requested.id(), fixture.officer);

        LedgerStatement ledger = ledgers.statement(requested.id(), fixture.operator).orElseThrow();
        assertThat(ledger.totalCommitted()).isEqualByComparingTo("5940.00");
        assertThat(ledger.totalAccrued()).isEqualByComparingTo("704.00");
        assertThat(ledger.totalBalance()).isEqualByComparingTo("5236.00");
        assertThat(queries.progress(requested.id(), fixture.operator).orElseThrow().areas())
                .filteredOn(area -> area.area().equals("SPECIALIST_GUIDANCE")).singleElement()
                .satisfies(area -> assertThat(area.percent()).isEqualTo(100));
        assertThat(queries.pathways(fixture.operator)).extracting(PathwayOption::ref)
                .contains(PathwayRef.clearance(requested.id())).doesNotContain(intake);
    }

    @Test
    void aGroupSessionIsLoggedForEveryPathwayOrForNone() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(2);
        long first = fixture.grantedClearance("Abdi", start.minusDays(20));
        fixture.internship(first, start, start.plusMonths(6).minusDays(1));
        long second = fixture.grantedClearance("Bashir", start.minusDays(20));
        fixture.internship(second, start, start.plusMonths(6).minusDays(1));
        for (int day = 1; day <= 2; day++) {
            hours.log(fixture.hours(PathwayRef.clearance(second), ServiceArea.TUTORING, start.plusDays(day), "7"),
                    fixture.operator);
        }
        List<PathwayRef> both = List.of(PathwayRef.clearance(first), PathwayRef.clearance(second));

        assertThatThrownBy(() -> hours.log(fixture.group(both, ServiceArea.TUTORING, start.plusDays(10), "3"),
                fixture.operator)).isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                .containsExactly(Violation.of("pathways", "hours.overModel", "Bashir Amina", "14", "16")));
        assertThat(fixture.count("SELECT count(*) FROM accounting.service_delivery WHERE clearance_id = ?", first))
                .isZero();

        long session = hours.log(fixture.group(both, ServiceArea.TUTORING, start.plusDays(10), "2"), fixture.operator);
        assertThat(fixture.count("SELECT count(*) FROM accounting.service_delivery WHERE session_id = ?", session))
                .isEqualTo(2);
        assertThat(fixture.ledger(first, "ACCRUAL", "TUTORING")).isEqualByComparingTo("62.50");
        assertThat(fixture.ledger(second, "ACCRUAL", "TUTORING")).isEqualByComparingTo("500.00");
        assertThat(fixture.count("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'hours' AND entity_id = ?",
                session)).isEqualTo(1);
        assertThat(queries.sessions(fixture.operator, PageRequest.of(0, 10)).getContent()).first()
                .satisfies(s -> {
                    assertThat(s.people()).isEqualTo(2);
                    assertThat(s.names()).isEqualTo("Abdi Amina, Bashir Amina");
                });
    }

    @Test
    void aPathwayThatCameByImportOpensItsLedgerWhenHoursAreLoggedAndImportedHoursNeverAccrue() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        LocalDate start = fixture.today.minusMonths(3);
        long clearance = fixture.grantedClearance("Hassan", start.minusDays(30));
        fixture.internship(clearance, start, start.plusMonths(6).minusDays(1));
        jdbc.sql("""
                INSERT INTO accounting.service_delivery (clearance_id, area, delivered_on, hours, origin)
                VALUES (:id, 'TUTORING', :day, 6, 'IMPORT')""").param("id", clearance).param("day", start.plusDays(3))
                .update();
        assertThat(ledgers.statement(clearance, fixture.officer).orElseThrow().isOpen()).isFalse();

        hours.log(fixture.hours(PathwayRef.clearance(clearance), ServiceArea.TUTORING, start.plusDays(4), "4"),
                fixture.operator);

        assertThat(fixture.ledger(clearance, "COMMITMENT", null)).isEqualByComparingTo("5940.00");
        assertThat(fixture.ledger(clearance, "ACCRUAL", null)).isEqualByComparingTo("125.00");
        assertThat(fixture.count("SELECT count(*) FROM accounting.endowment WHERE clearance_id = ? AND NOT at_grant",
                clearance)).isEqualTo(1);
        assertThatThrownBy(() -> hours.log(fixture.hours(PathwayRef.clearance(clearance), ServiceArea.TUTORING,
                start.plusDays(5), "7"), fixture.operator)).isInstanceOf(ViolationException.class)
                .hasMessageContaining("hours.overModel");
    }

    @Test
    void theCovidLumpSumIsCommittedAndAccruedWhenTheModulesHoursAreComplete() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        long clearance = fixture.grantedClearance("Yusuf", LocalDate.of(2021, 4, 10));
        PathwayRef pathway = PathwayRef.clearance(clearance);
        hours.log(fixture.hours(pathway, ServiceArea.COVID_GUIDANCE, LocalDate.of(2021, 5, 3), "8"), fixture.operator);
        hours.log(fixture.hours(pathway, ServiceArea.COVID_GUIDANCE, LocalDate.of(2021, 5, 4), "8"), fixture.operator);
        assertThat(fixture.ledger(clearance, "COMMITMENT", "COVID_ALLOWANCE")).isZero();

        hours.log(fixture.hours(pathway, ServiceArea.COVID_GUIDANCE, LocalDate.of(2021, 5, 5), "8"), fixture.operator);

        assertThat(fixture.ledger(clearance, "COMMITMENT", "COVID_ALLOWANCE")).isEqualByComparingTo("480.00");
        assertThat(fixture.ledger(clearance, "ACCRUAL", "COVID_ALLOWANCE")).isEqualByComparingTo("480.00");
    }

    @Test
    void theSameAreaTwiceOnOneDayIsRefused() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        PathwayRef intake = PathwayRef.intake(fixture.personInCharge("Osman"));
        LocalDate day = fixture.today.minusDays(3);
        hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "2"), fixture.operator);

        assertThatThrownBy(() -> hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "1"), fixture.operator))
                .isInstanceOf(ViolationException.class).hasMessageContaining("hours.dayTaken");
    }

    @Test
    void onlyTheProvidersOwnOperatorsLogHoursForItsOwnPathways() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc);
        AccountingFixture other = AccountingFixture.ready(jdbc);
        PathwayRef intake = PathwayRef.intake(fixture.personInCharge("Farah"));
        LocalDate day = fixture.today.minusDays(3);

        assertThatThrownBy(() -> hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "2"), other.operator))
                .isInstanceOf(PathwayNotFoundException.class);
        assertThatThrownBy(() -> hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "2"), fixture.officer))
                .isInstanceOf(AccessDeniedException.class);
        LogHours byStranger = new LogHours(List.of(intake), ServiceArea.INTAKE, day, new java.math.BigDecimal("2"),
                DeliveryMode.IN_PERSON, other.operator.id(), null);
        assertThat(hours.check(byStranger, fixture.operator)).extracting(Violation::code)
                .containsExactly("hours.operatorUnknown");
        CurrentUser analyst = new CurrentUser(3, "analyst", "Analista", Role.ANALYST, null, null);
        assertThat(queries.sessions(analyst, PageRequest.of(0, 5)).getTotalElements()).isZero();
        hours.log(fixture.hours(intake, ServiceArea.INTAKE, day, "2"), fixture.operator);
        assertThat(queries.sessions(other.operator, PageRequest.of(0, 5)).getTotalElements()).isZero();
        assertThat(queries.sessions(fixture.operator, PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }
}
