package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.internship.InternshipEvents.InternshipCompleted;
import it.integra.internship.InternshipEvents.InternshipSuspended;
import it.integra.internship.InternshipEvents.InternshipTerminated;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class InternshipLifecycleTests {

    @Autowired
    InternshipManagement management;
    @Autowired
    InternshipLifecycle lifecycle;
    @Autowired
    InternshipQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    /** An internship started {@code daysAgo} days ago, three days after its clearance was granted. */
    private static InternshipView started(InternshipManagement management, InternshipFixture fixture, int daysAgo) {
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(daysAgo + 3, host, 50);
        return management.start(fixture.start(clearance, host, 50, fixture.today.minusDays(daysAgo)), fixture.operator);
    }

    private String outcomeFact(long id) {
        return jdbc.sql("SELECT status || ' ' || end_date FROM outcome.internship_outcome WHERE internship_id = :id")
                .param("id", id).query(String.class).optional().orElse("none");
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_type = 'internship' AND entity_id = :id "
                + "ORDER BY id").param("id", id).query(String.class).list();
    }

    @Test
    void aSuspensionMovesThePlannedEndByItsDays() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);
        LocalDate plannedEnd = internship.plannedEndDate();
        LocalDate from = fixture.today.minusDays(5);

        InternshipView suspended = lifecycle.suspend(new SuspendInternship(internship.id(),
                SuspensionCause.ILLNESS_OR_INJURY, from, from.plusDays(34), "Ricovero"), fixture.operator);

        assertThat(suspended.plannedEndDate()).isEqualTo(plannedEnd.plusDays(35));
        assertThat(queries.suspensions(suspended)).singleElement().satisfies(s -> assertThat(s.days()).isEqualTo(35));
        InternshipView closed = lifecycle.suspend(new SuspendInternship(internship.id(), SuspensionCause.HOST_CLOSURE,
                from.plusDays(40), from.plusDays(54), null), fixture.officer);
        assertThat(closed.plannedEndDate()).isEqualTo(plannedEnd.plusDays(35 + 15));
        assertThat(events.stream(InternshipSuspended.class)).containsExactly(
                new InternshipSuspended(internship.id(), 35, plannedEnd.plusDays(35)),
                new InternshipSuspended(internship.id(), 15, plannedEnd.plusDays(50)));
        assertThat(auditActions(internship.id())).containsExactly("START", "SUSPEND", "SUSPEND");
    }

    @Test
    void refusesAShortIllnessWithTheRuleAndLeavesThePlannedEnd() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);
        LocalDate from = fixture.today.minusDays(5);

        assertThatThrownBy(() -> lifecycle.suspend(new SuspendInternship(internship.id(),
                SuspensionCause.ILLNESS_OR_INJURY, from, from.plusDays(28), null), fixture.operator))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("to", "internship.suspension.tooShort.ILLNESS_OR_INJURY", 29, 30)));
        assertThat(queries.find(internship.id()).orElseThrow().plannedEndDate()).isEqualTo(internship.plannedEndDate());
    }

    @Test
    void completesOnlyFromThePlannedEnd() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView early = started(management, fixture, 20);
        assertThatThrownBy(() -> lifecycle.complete(early.id(), null, fixture.operator))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("internship.complete.beforePlannedEnd"));

        InternshipView due = started(management, fixture, 40);
        jdbc.sql("UPDATE internship.internship SET planned_end_date = :today WHERE id = :id")
                .param("today", fixture.today).param("id", due.id()).update();
        InternshipView completed = lifecycle.complete(due.id(), "Preparazione dei piatti freddi.", fixture.operator);

        assertThat(completed.status()).isEqualTo(InternshipStatus.COMPLETED);
        assertThat(completed.endDate()).isEqualTo(fixture.today);
        assertThat(completed.competences()).isEqualTo("Preparazione dei piatti freddi.");
        assertThat(events.stream(InternshipCompleted.class)).containsExactly(new InternshipCompleted(due.id(),
                due.clearanceId(), fixture.callId, due.hostId(), fixture.today));
        assertThat(auditActions(due.id())).containsExactly("START", "COMPLETE");
        assertThat(outcomeFact(due.id())).as("the outcome facts know the internship ended")
                .isEqualTo("COMPLETED " + fixture.today);
    }

    @Test
    void terminatesEarlyWithACodedReasonAndItsNote() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);

        InternshipView ended = lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today.minusDays(1),
                TerminationReason.HIRED, "Contratto a tempo determinato"), fixture.operator);

        assertThat(ended.status()).isEqualTo(InternshipStatus.TERMINATED);
        assertThat(ended.endDate()).isEqualTo(fixture.today.minusDays(1));
        assertThat(ended.terminationReason()).isEqualTo("HIRED: Contratto a tempo determinato");
        assertThat(ended.terminationCode()).contains(TerminationReason.HIRED);
        assertThat(events.stream(InternshipTerminated.class)).containsExactly(new InternshipTerminated(internship.id(),
                internship.clearanceId(), fixture.callId, internship.hostId(), fixture.today.minusDays(1),
                TerminationReason.HIRED, "Contratto a tempo determinato"));
        assertThat(outcomeFact(internship.id())).as("the outcome facts know the internship ended")
                .isEqualTo("TERMINATED " + fixture.today.minusDays(1));
        assertThat(auditActions(internship.id())).containsExactly("START", "TERMINATE");
    }

    @Test
    void refusesAnEarlyEndWithoutItsReasonOrOnADayThatIsNotEarly() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);

        assertThat(codes(() -> lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today,
                TerminationReason.OTHER, " "), fixture.operator))).containsExactly("internship.terminate.noteRequired");
        assertThat(codes(() -> lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today.plusDays(1),
                null, null), fixture.operator))).containsExactly("internship.terminate.reason", "internship.terminate.future");
        assertThat(codes(() -> lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today.minusDays(21),
                TerminationReason.EARLY_BY_HOST, null), fixture.operator))).containsExactly("internship.terminate.beforeStart");
    }

    @Test
    void anEndedInternshipMovesNoMore() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);
        lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today, TerminationReason.EARLY_BY_TRAINEE,
                null), fixture.operator);

        // ended already: completing or terminating again names who ended it and when
        assertThatThrownBy(() -> lifecycle.complete(internship.id(), null, fixture.operator))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.actor()).contains("Giulia Bianchi"));
        assertThatThrownBy(() -> lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today,
                TerminationReason.HIRED, null), fixture.operator))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.at()).isPresent());
        assertThatThrownBy(() -> lifecycle.suspend(new SuspendInternship(internship.id(), SuspensionCause.MATERNITY,
                fixture.today, fixture.today.plusDays(90), null), fixture.operator)).isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void anotherProviderCannotSeeOrChangeTheInternship() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipFixture other = InternshipFixture.ready(jdbc);
        InternshipView internship = started(management, fixture, 20);
        CurrentUser analyst = new CurrentUser(5, "analyst", "Analista", Role.ANALYST, null, null);
        InternshipFilter ofTheCall = new InternshipFilter(null, fixture.callCode, null);

        assertThat(queries.find(internship.id(), other.operator)).isEmpty();
        assertThat(queries.find(internship.id(), fixture.officer)).isPresent();
        assertThatThrownBy(() -> lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today,
                TerminationReason.HIRED, null), other.operator)).isInstanceOf(InternshipNotFoundException.class);
        assertThatThrownBy(() -> lifecycle.recordCompetences(internship.id(), "x", analyst))
                .isInstanceOf(InternshipNotFoundException.class);
        assertThat(queries.search(ofTheCall, other.operator, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(queries.search(new InternshipFilter(null, null, null), other.operator, PageRequest.of(0, 10))
                .getContent()).extracting(InternshipView::id).doesNotContain(internship.id());
        assertThat(queries.search(ofTheCall, analyst, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(queries.search(ofTheCall, fixture.operator, PageRequest.of(0, 10)).getContent())
                .extracting(InternshipView::id).containsExactly(internship.id());
        assertThat(queries.search(ofTheCall, fixture.officer, PageRequest.of(0, 10)).getContent())
                .extracting(InternshipView::id).containsExactly(internship.id());
    }

    private static List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (ViolationException e) {
            return e.violations().stream().map(Violation::code).toList();
        } catch (AccessDeniedException e) {
            return List.of("denied");
        }
        return List.of();
    }
}
