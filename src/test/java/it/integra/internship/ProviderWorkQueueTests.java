package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceView;
import it.integra.monitoring.WorkItem;
import it.integra.monitoring.internal.WorkQueues;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home panel's counts of what a provider's caseload needs next, from real internships and people. */
@SpringBootTest
class ProviderWorkQueueTests {

    @Autowired
    WorkQueues queues;
    @Autowired
    InternshipManagement management;
    @Autowired
    AttendanceRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClearanceQueries clearances;

    @Test
    void internshipMonthsThatHaveEndedWithoutHoursAreToEnterUntilTheyAreEntered() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(100, host, 50);
        // started 2 months and 10 days ago: months 1 and 2 have ended, month 3 is running
        LocalDate start = fixture.today.minusMonths(2).minusDays(10);
        InternshipView internship = management.start(fixture.start(clearance, host, 50, start), fixture.operator);

        WorkItem missing = item(fixture, "home.work.attendance");
        assertThat(missing.count()).isEqualTo(1);
        assertThat(missing.oldest()).isEqualTo(start.plusMonths(1).minusDays(1));

        enter(fixture, internship, start);
        assertThat(item(fixture, "home.work.attendance").oldest()).isEqualTo(start.plusMonths(2).minusDays(1));
        enter(fixture, internship, start.plusMonths(1));
        assertThat(item(fixture, "home.work.attendance").count()).isZero();
    }

    @Test
    void monthsThatEndedMoreThanThreeMonthsAgoNoLongerNag() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(100, host, 50);
        LocalDate start = fixture.today.minusDays(95);
        InternshipView internship = management.start(fixture.start(clearance, host, 50, start), fixture.operator);
        jdbc.sql("UPDATE internship.internship SET start_date = :start WHERE id = :id")
                .param("start", fixture.today.minusMonths(4).minusDays(2)).param("id", internship.id()).update();
        LocalDate firstEnd = fixture.today.minusMonths(3).minusDays(3);
        assertThat(fixture.today.minusDays(92)).isAfter(firstEnd);

        WorkItem missing = item(fixture, "home.work.attendance");
        assertThat(missing.count()).isEqualTo(1);
        assertThat(missing.oldest()).as("the first month ended over 92 days ago").isAfter(firstEnd);
    }

    @Test
    void peopleInChargeWithAPermitExpiringWithinSixtyDaysNeedAttention() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        long expiring = fixture.personInCharge();
        long later = fixture.personInCharge();
        jdbc.sql("UPDATE participant.participant SET permit_expires_on = :on WHERE id = :id")
                .param("on", fixture.today.plusDays(60)).param("id", expiring).update();
        jdbc.sql("UPDATE participant.participant SET permit_expires_on = :on WHERE id = :id")
                .param("on", fixture.today.plusDays(61)).param("id", later).update();

        WorkItem permits = item(fixture, "home.work.permits");
        assertThat(permits.count()).isEqualTo(1);
        assertThat(permits.oldest()).isEqualTo(fixture.today.plusDays(60));
        assertThat(item(InternshipFixture.ready(jdbc), "home.work.permits").count()).as("another provider").isZero();
    }

    @Test
    void aGrantedClearanceNearItsStartDeadlineIsExpiringForTheAuthorityUntilItsInternshipStarts() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long before = officerExpiring(fixture);
        // the call's start window is 60 days: decided 50 days ago, the deadline is within the 15 days' notice
        long clearance = fixture.grantedClearance(50, host, 50);
        CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

        assertThat(officerExpiring(fixture)).isEqualTo(before + 1);
        assertThat(clearances.expiring(officer)).extracting(ClearanceView::id).contains(clearance);
        management.start(fixture.start(clearance, host, 50, fixture.today), fixture.operator);
        assertThat(officerExpiring(fixture)).isEqualTo(before);
        assertThat(clearances.expiring(officer)).extracting(ClearanceView::id).doesNotContain(clearance);
    }

    private long officerExpiring(InternshipFixture fixture) {
        return queues.officer(fixture.today, ClearanceQueries.EXPIRING_NOTICE_DAYS).stream()
                .filter(item -> item.key().equals("home.work.expiring")).findFirst().orElseThrow().count();
    }

    private void enter(InternshipFixture fixture, InternshipView internship, LocalDate monthStart) {
        register.record(new RecordAttendance(internship.id(), monthStart.withDayOfMonth(1), new BigDecimal("80"),
                new BigDecimal("70")), fixture.operator);
    }

    private WorkItem item(InternshipFixture fixture, String key) {
        List<WorkItem> items = queues.provider(fixture.providerId, fixture.today, 15);
        return items.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
