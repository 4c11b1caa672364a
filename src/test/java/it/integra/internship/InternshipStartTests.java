package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.clearance.ClearanceNotFoundException;
import it.integra.internship.InternshipEvents.InternshipStarted;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class InternshipStartTests {

    @Autowired
    InternshipManagement internships;
    @Autowired
    HostManagement hosts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void startsTheInternshipOfAGrantedClearanceAndRegistersItsHost() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(10, host, 12);
        LocalDate start = fixture.today.minusDays(3);

        InternshipView started = internships.start(fixture.start(clearance, host, 12, start), fixture.operator);

        assertThat(started.code()).matches("TIR-" + start.getYear() + "-\\d{6}");
        assertThat(started.status()).isEqualTo(InternshipStatus.ONGOING);
        assertThat(started.startDate()).isEqualTo(start);
        assertThat(started.plannedEndDate()).isEqualTo(start.plusMonths(6).minusDays(1));
        assertThat(started.providerTutorName()).isEqualTo("Giulia Bianchi");
        assertThat(started.companyTutor().name()).isEqualTo("Mario Rossi");
        assertThat(started.hostSection()).hasValueSatisfying(section -> assertThat(section.code()).isEqualTo("I"));
        assertThat(jdbc.sql("SELECT host_section FROM internship.internship WHERE id = :id").param("id", started.id())
                .query(String.class).single()).isEqualTo("I");
        HostDetails registered = hosts.findByTaxCode(host).orElseThrow();
        assertThat(registered.employees()).isEqualTo(12);
        assertThat(registered.address()).isEqualTo("Via Roma 1, Torino");
        assertThat(registered.tutors()).extracting(CompanyTutor::name).containsExactly("Mario Rossi");
        assertThat(registered.ongoing()).isEqualTo(1);
        assertThat(registered.capacity()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_type = 'internship' AND entity_id = :id")
                .param("id", started.id()).query(String.class).list()).containsExactly("START");
        assertThat(events.stream(InternshipStarted.class)).containsExactly(new InternshipStarted(started.id(), clearance,
                fixture.callId, fixture.providerId, registered.id(), start, start.plusMonths(6).minusDays(1)));
    }

    @Test
    void refusesASecondTraineeAtAHostWithFiveEmployeesWithTheNumbers() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long first = fixture.grantedClearance(10, host, 5);
        long second = fixture.grantedClearance(8, host, 5);
        internships.start(fixture.start(first, host, 5, fixture.today), fixture.operator);

        assertThatThrownBy(() -> internships.start(fixture.start(second, host, 5, fixture.today), fixture.operator))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "internship.hostCapacity", 5, 1, 1L)));
        assertThat(internships.check(fixture.start(second, host, 6, fixture.today), fixture.operator)).isEmpty();
        internships.start(fixture.start(second, host, 6, fixture.today), fixture.operator);
        assertThat(hosts.findByTaxCode(host).orElseThrow().ongoing()).isEqualTo(2);
    }

    @Test
    void refusesAStartBeforeTheGrantOrAfterTheStartWindow() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(70, host, 30);

        assertThat(internships.check(fixture.start(clearance, host, 30, fixture.today.minusDays(71)), fixture.operator))
                .extracting(Violation::code).containsExactly("internship.startDate.beforeGrant");
        assertThat(internships.check(fixture.start(clearance, host, 30, fixture.today), fixture.operator))
                .extracting(Violation::code).containsExactly("internship.startDate.afterWindow");
        assertThat(internships.check(fixture.start(clearance, host, 30, fixture.today.minusDays(10)), fixture.operator))
                .isEmpty();
    }

    @Test
    void startsOnceOnlyAndOnlyFromAGrantedClearance() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(5, host, 40);
        internships.start(fixture.start(clearance, host, 40, fixture.today), fixture.operator);

        // started already: the second start names who started it and when
        assertThatThrownBy(() -> internships.start(fixture.start(clearance, host, 40, fixture.today), fixture.operator))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> {
                    assertThat(e.actor()).contains("Giulia Bianchi");
                    assertThat(e.at()).isPresent();
                });
        long cancelled = fixture.grantedClearance(5, host, 40);
        jdbc.sql("UPDATE clearance.clearance SET status = 'CANCELLED' WHERE id = :id").param("id", cancelled).update();
        assertThat(internships.check(fixture.start(cancelled, host, 40, fixture.today), fixture.operator))
                .extracting(Violation::code).containsExactly("internship.clearanceNotGranted");
    }

    @Test
    void onlyTheClearancesProviderStartsItWithOneOfItsOwnOperatorsAsTutor() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipFixture other = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(5, host, 40);
        StartInternship start = fixture.start(clearance, host, 40, fixture.today);

        assertThatThrownBy(() -> internships.start(start, other.operator)).isInstanceOf(ClearanceNotFoundException.class);
        assertThatThrownBy(() -> internships.start(start, fixture.officer)).isInstanceOf(AccessDeniedException.class);
        CurrentUser analyst = new CurrentUser(5, "analyst", "Analista", Role.ANALYST, null, null);
        assertThatThrownBy(() -> internships.proposal(clearance, analyst)).isInstanceOf(ClearanceNotFoundException.class);
        StartInternship otherTutor = new StartInternship(clearance, start.host(), other.operator.id(), null,
                start.newCompanyTutor(), start.startDate(), start.weeklyHours(), true, true);
        assertThat(internships.check(otherTutor, fixture.operator)).extracting(Violation::code)
                .containsExactly("internship.providerTutor.notOfProvider");
    }

    @Test
    void proposesTheHostOfTheClearanceAndTheOperatorAsTutor() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(5, host, 7);

        StartInternship proposal = internships.proposal(clearance, fixture.operator);

        assertThat(proposal.host()).isEqualTo(new SaveHost(host, "Trattoria " + host, "56.10.11", "TO", null, 7));
        assertThat(proposal.providerTutorId()).isEqualTo(fixture.operator.id());
        assertThat(proposal.startDate()).isEqualTo(fixture.today.minusDays(5));
    }
}
