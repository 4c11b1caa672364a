package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.programme.CallDetails;
import it.integra.programme.CallStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTests {

    private static final LocalDate START = LocalDate.of(2026, 6, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static CallDetails percorsi() {
        return call("PERCORSI", 16, 23, List.of("UNACCOMPANIED_MINOR", "FORMER_UNACCOMPANIED_MINOR"));
    }

    static CallDetails puoi() {
        return call("PUOI", 18, null, List.of("INTERNATIONAL_PROTECTION", "HUMANITARIAN_PROTECTION", "SPECIAL_CASE",
                "FORMER_UNACCOMPANIED_MINOR"));
    }

    static CallDetails call(String programme, Integer minAge, Integer maxAge, List<String> groups) {
        return new CallDetails(1, programme + "-1", programme, "Avviso", TODAY.minusMonths(1), TODAY.plusMonths(6),
                CallStatus.OPEN, BigDecimal.TEN, Map.of(), 6, new BigDecimal("500"), null, new BigDecimal("0.7"),
                minAge, maxAge, 60, null, 10, 0, List.of(), List.of(), groups);
    }

    static ParticipantCard person(LocalDate birth, String group) {
        return new ParticipantCard(7, "ABCDEF00A00A000A", "Diallo", "Amadou", "M", birth, "GN", group);
    }

    static IntakeCard intake(LocalDate did) {
        return new IntakeCard(1, 7, 3, TODAY.minusMonths(1), did, null, null, null);
    }

    private static List<String> reasons(ParticipantCard person, CallDetails call, IntakeCard intake, boolean open) {
        return EligibilityPolicy.check(person, call, intake, open, START, TODAY).reasons().stream()
                .map(Eligibility.Reason::code).toList();
    }

    @Test
    void anEligiblePersonHasNoReasons() {
        assertThat(reasons(person(LocalDate.of(2005, 1, 1), "FORMER_UNACCOMPANIED_MINOR"), percorsi(),
                intake(TODAY.minusDays(10)), false)).isEmpty();
    }

    @Test
    void refusesATargetGroupTheCallDoesNotAdmit() {
        assertThat(reasons(person(LocalDate.of(1990, 1, 1), "UNACCOMPANIED_MINOR"), puoi(), intake(TODAY), false))
                .containsExactly("eligibility.targetGroup");
    }

    @Test
    void turningSixteenOnTheStartDateIsOldEnoughForPercorsi() {
        assertThat(reasons(person(START.minusYears(16), "UNACCOMPANIED_MINOR"), percorsi(), intake(TODAY), false)).isEmpty();
        assertThat(reasons(person(START.minusYears(16).plusDays(1), "UNACCOMPANIED_MINOR"), percorsi(), intake(TODAY), false))
                .containsExactly("eligibility.tooYoung");
    }

    @Test
    void turningTwentyThreeOnTheStartDateIsTooOldForPercorsi() {
        assertThat(reasons(person(START.minusYears(23).plusDays(1), "FORMER_UNACCOMPANIED_MINOR"), percorsi(), intake(TODAY), false))
                .isEmpty();
        assertThat(reasons(person(START.minusYears(23), "FORMER_UNACCOMPANIED_MINOR"), percorsi(), intake(TODAY), false))
                .containsExactly("eligibility.tooOld");
    }

    @Test
    void puoiIsForAdultsFromTheirEighteenthBirthday() {
        assertThat(reasons(person(START.minusYears(18), "SPECIAL_CASE"), puoi(), intake(TODAY), false)).isEmpty();
        assertThat(reasons(person(START.minusYears(18).plusDays(1), "SPECIAL_CASE"), puoi(), intake(TODAY), false))
                .containsExactly("eligibility.tooYoung");
        assertThat(reasons(person(LocalDate.of(1960, 1, 1), "SPECIAL_CASE"), puoi(), intake(TODAY), false)).isEmpty();
    }

    @Test
    void needsADidNoOlderThanSixMonths() {
        ParticipantCard adult = person(LocalDate.of(1990, 1, 1), "INTERNATIONAL_PROTECTION");
        assertThat(reasons(adult, puoi(), null, false)).containsExactly("eligibility.noDid");
        assertThat(reasons(adult, puoi(), intake(null), false)).containsExactly("eligibility.noDid");
        assertThat(reasons(adult, puoi(), intake(TODAY.minusMonths(6)), false)).isEmpty();
        assertThat(reasons(adult, puoi(), intake(TODAY.minusMonths(6).minusDays(1)), false))
                .containsExactly("eligibility.didOutOfDate");
    }

    @Test
    void refusesASecondOpenPathwayInTheSameCall() {
        assertThat(reasons(person(LocalDate.of(1990, 1, 1), "INTERNATIONAL_PROTECTION"), puoi(), intake(TODAY), true))
                .containsExactly("eligibility.openPathway");
    }

    @Test
    void reportsEveryReasonAtOnce() {
        assertThat(reasons(person(START.minusYears(10), "INTERNATIONAL_PROTECTION"), percorsi(), null, true))
                .containsExactly("eligibility.targetGroup", "eligibility.tooYoung", "eligibility.noDid",
                        "eligibility.openPathway");
    }
}
