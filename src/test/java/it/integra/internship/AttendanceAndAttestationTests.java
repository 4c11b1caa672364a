package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.integra.internship.InternshipEvents.AttendanceRecorded;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class AttendanceAndAttestationTests {

    @Autowired
    InternshipManagement management;
    @Autowired
    InternshipLifecycle lifecycle;
    @Autowired
    AttendanceRegister register;
    @Autowired
    AllowanceQueries allowances;
    @Autowired
    Attestations attestations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    /** An internship that started about three months ago. */
    private InternshipView started(InternshipFixture fixture) {
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(100, host, 50);
        return management.start(fixture.start(clearance, host, 50, fixture.today.minusDays(95)), fixture.operator);
    }

    private AttendanceMonth record(InternshipFixture fixture, InternshipView internship, int month, String planned,
                                   String attended) {
        LocalDate key = internship.startDate().plusMonths(month - 1L).withDayOfMonth(1);
        return register.record(new RecordAttendance(internship.id(), key, new BigDecimal(planned),
                new BigDecimal(attended)), fixture.operator);
    }

    @Test
    void theAllowanceIsDueAtExactlySeventyPerCentAndNotJustBelow() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);

        AttendanceMonth first = record(fixture, internship, 1, "120", "84");
        AttendanceMonth second = record(fixture, internship, 2, "120", "83.99");

        assertThat(first.allowanceDue()).isTrue();
        assertThat(first.percentage()).isEqualByComparingTo("70.0");
        assertThat(second.allowanceDue()).isFalse();
        List<DueAllowance> due = allowances.dueForInternship(internship.id());
        assertThat(due).singleElement().satisfies(allowance -> {
            assertThat(allowance.month()).isEqualTo(internship.startDate().withDayOfMonth(1));
            assertThat(allowance.amount()).isEqualByComparingTo("500");
            assertThat(allowance.callId()).isEqualTo(fixture.callId);
            assertThat(allowance.attendedHours()).isEqualByComparingTo("84");
        });
        assertThat(allowances.dueInCall(fixture.callId)).containsExactlyElementsOf(due);
        assertThat(events.stream(AttendanceRecorded.class)).extracting(AttendanceRecorded::allowanceDue)
                .containsExactly(true, false);
    }

    @Test
    void aCorrectionReplacesTheMonthAndIsAudited() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        record(fixture, internship, 1, "120", "60");

        AttendanceMonth corrected = record(fixture, internship, 1, "100", "90");

        assertThat(corrected.allowanceDue()).isTrue();
        List<AttendanceMonth> months = register.months(internship);
        assertThat(months).hasSize(6);
        assertThat(months.get(0).plannedHours()).isEqualByComparingTo("100");
        assertThat(months.stream().filter(AttendanceMonth::recorded)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'internship' "
                + "AND entity_id = :id AND action = 'ATTENDANCE'").param("id", internship.id()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void refusesHoursBeyondThePlannedOnesAndMonthsOutsideTheInternship() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);

        assertThatThrownBy(() -> record(fixture, internship, 1, "100", "100.5"))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("attendedHours", "internship.attendance.moreThanPlanned", new BigDecimal("100.5"),
                                new BigDecimal("100"))));
        assertThatThrownBy(() -> record(fixture, internship, 7, "100", "80"))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("internship.attendance.monthOutside"));
        assertThatThrownBy(() -> record(fixture, internship, 6, "100", "80"))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("internship.attendance.notBegun"));
    }

    @Test
    void onlyTheInternshipsProviderEntersAttendance() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipFixture other = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        RecordAttendance entry = new RecordAttendance(internship.id(), internship.startDate().withDayOfMonth(1),
                BigDecimal.TEN, BigDecimal.TEN);

        assertThatThrownBy(() -> register.record(entry, other.operator)).isInstanceOf(InternshipNotFoundException.class);
        assertThatThrownBy(() -> register.record(entry, fixture.officer)).isInstanceOf(AccessDeniedException.class);
        assertThat(allowances.dueForInternship(internship.id())).isEmpty();
    }

    @Test
    void anEarlyEndMayNotCutOffMonthsWithAttendance() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        record(fixture, internship, 3, "100", "80");
        LocalDate thirdMonth = internship.startDate().plusMonths(2);

        assertThatThrownBy(() -> lifecycle.terminate(new TerminateInternship(internship.id(), thirdMonth.minusDays(1),
                TerminationReason.EARLY_BY_TRAINEE, null), fixture.operator))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("internship.terminate.attendanceAfter"));
        InternshipView ended = lifecycle.terminate(new TerminateInternship(internship.id(), thirdMonth,
                TerminationReason.EARLY_BY_TRAINEE, null), fixture.operator);
        assertThat(register.months(ended)).hasSize(3).last().satisfies(m -> assertThat(m.to()).isEqualTo(thirdMonth));
    }

    @Test
    void theFinalAttestationStatesWhoWhereWhenTheHoursAndTheCompetences() throws Exception {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        record(fixture, internship, 1, "120", "100");
        record(fixture, internship, 2, "120", "90.5");
        assertThatThrownBy(() -> attestations.attestation(internship.id(), fixture.operator, Locale.ITALIAN))
                .isInstanceOf(ViolationException.class);
        LocalDate last = fixture.today.minusDays(1);
        lifecycle.terminate(new TerminateInternship(internship.id(), last, TerminationReason.HIRED, null),
                fixture.operator);
        lifecycle.recordCompetences(internship.id(), "Preparazione delle materie prime e igiene HACCP.", fixture.operator);

        Attestations.Attestation attestation = attestations.attestation(internship.id(), fixture.officer, Locale.ITALIAN);

        assertThat(attestation.fileName()).isEqualTo("attestazione-" + internship.code() + ".pdf");
        String text = new PdfTextExtractor(new PdfReader(attestation.pdf())).getTextFromPage(1);
        assertThat(text).contains("Attestazione finale delle competenze", internship.code(), fixture.callCode,
                internship.participantName(), internship.participantTaxCode(), "Cooperativa Tirocini " + fixture.suffix,
                "Giulia Bianchi", internship.hostName(), internship.hostTaxCode(), "56.10.11",
                "Attività dei servizi di alloggio e di ristorazione", "Mario Rossi",
                "dal " + date(internship.startDate()) + " al " + date(last), "Assunzione del tirocinante", "190,5",
                "Preparazione delle materie prime e igiene HACCP.", "Rilasciata il " + date(fixture.today));
        String english = new PdfTextExtractor(new PdfReader(attestations.attestation(internship.id(), fixture.operator,
                Locale.ENGLISH).pdf())).getTextFromPage(1);
        assertThat(english).contains("Final attestation of competences", "Trainee hired", "Internship hours attended", "190.5");
    }

    private static String date(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
