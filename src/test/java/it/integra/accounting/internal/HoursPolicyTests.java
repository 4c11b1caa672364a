package it.integra.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.accounting.DeliveryMode;
import it.integra.accounting.LogHours;
import it.integra.accounting.PathwayRef;
import it.integra.accounting.internal.HoursPolicy.PathwayFacts;
import it.integra.platform.Violation;
import it.integra.programme.ProgrammeDetails.ModelArea;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule of logging hours, refused and accepted. */
class HoursPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
    private static final Map<String, ModelArea> PUOI = Models.PUOI_AREAS.stream()
            .collect(Collectors.toMap(ModelArea::area, Function.identity()));
    private static final Map<String, ModelArea> FIRST_PHASE = Map.of("INTAKE", PUOI.get("INTAKE"),
            "SPECIALIST_GUIDANCE", PUOI.get("SPECIALIST_GUIDANCE"));

    /** A granted clearance, requested on 1 February, granted on 15 February, internship 1 March to 31 August. */
    private static PathwayFacts granted(String delivered, String byEnd, boolean dayTaken) {
        return new PathwayFacts(PathwayRef.clearance(1), "Diallo Amadou", "GRANTED", LocalDate.of(2021, 2, 1),
                LocalDate.of(2021, 2, 15), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31), PUOI,
                new BigDecimal(delivered), new BigDecimal(byEnd), dayTaken, false);
    }

    private static PathwayFacts granted() {
        return granted("0", "0", false);
    }

    private static PathwayFacts intake(String delivered) {
        return new PathwayFacts(PathwayRef.intake(2), "Kone Ibrahim", null, null, null, null, null, FIRST_PHASE,
                new BigDecimal(delivered), new BigDecimal(delivered), false, false);
    }

    private static LogHours session(ServiceArea area, LocalDate day, String hours) {
        return new LogHours(List.of(PathwayRef.clearance(1)), area, day, new BigDecimal(hours), DeliveryMode.IN_PERSON,
                5L, "colloquio");
    }

    private static List<String> codes(LogHours command, PathwayFacts... facts) {
        return HoursPolicy.check(command, List.of(facts), TODAY).stream().map(Violation::code).toList();
    }

    @Test
    void upToEightHoursADayArePossible() {
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "8"), granted())).isEmpty();
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "8.5"), granted()))
                .containsExactly("hours.dayLimit");
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "0"), granted()))
                .containsExactly("hours.dayLimit");
    }

    @Test
    void hoursAreNotLoggedInTheFuture() {
        assertThat(codes(session(ServiceArea.TUTORING, TODAY, "2"), granted("0", "0", false))).isEmpty();
        assertThat(codes(session(ServiceArea.TUTORING, TODAY.plusDays(1), "2"), granted())).contains("hours.future");
    }

    @Test
    void theAreaMustBelongToTheCallsModel() {
        assertThat(codes(session(ServiceArea.TRAINING, LocalDate.of(2021, 4, 2), "2"), granted()))
                .containsExactly("hours.areaNotInModel");
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "2"), granted())).isEmpty();
    }

    @Test
    void beforeTheRequestOnlyTheFirstPhaseAreasOfTheOpenCallsAreLogged() {
        LogHours intakeHours = new LogHours(List.of(PathwayRef.intake(2)), ServiceArea.SPECIALIST_GUIDANCE,
                LocalDate.of(2021, 6, 1), new BigDecimal("4"), DeliveryMode.REMOTE, 5L, null);
        LogHours tutoring = new LogHours(List.of(PathwayRef.intake(2)), ServiceArea.TUTORING,
                LocalDate.of(2021, 6, 1), new BigDecimal("4"), DeliveryMode.REMOTE, 5L, null);

        assertThat(codes(intakeHours, intake("0"))).isEmpty();
        assertThat(codes(tutoring, intake("0"))).containsExactly("hours.intakeArea");
    }

    @Test
    void hoursBeyondTheAreasModelHoursAreRefused() {
        LogHours fourHours = session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "4");

        assertThat(codes(fourHours, granted("12", "12", false))).isEmpty();
        assertThat(codes(fourHours, granted("12.5", "12.5", false))).containsExactly("hours.overModel");
        assertThat(HoursPolicy.check(fourHours, List.of(granted("12.5", "12.5", false)), TODAY).get(0).arguments())
                .containsExactly("Diallo Amadou", "12.5", "16");
    }

    @Test
    void intakeAndSpecialistGuidanceOnlyUpToTheClearanceRequest() {
        assertThat(codes(session(ServiceArea.INTAKE, LocalDate.of(2021, 2, 1), "2"), granted())).isEmpty();
        assertThat(codes(session(ServiceArea.SPECIALIST_GUIDANCE, LocalDate.of(2021, 2, 2), "2"), granted()))
                .containsExactly("hours.beforeRequestOnly");
    }

    @Test
    void tutoringOnlyDuringTheInternship() {
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 3, 1), "2"), granted())).isEmpty();
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 2, 28), "2"), granted()))
                .containsExactly("hours.duringInternshipOnly");
        PathwayFacts notStarted = new PathwayFacts(PathwayRef.clearance(1), "Diallo Amadou", "GRANTED",
                LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 15), null, null, PUOI, BigDecimal.ZERO,
                BigDecimal.ZERO, false, false);
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 3, 1), "2"), notStarted))
                .containsExactly("hours.duringInternshipOnly");
    }

    @Test
    void tutoringAfterTheEndIsRefused() {
        LocalDate end = LocalDate.of(2021, 8, 31);
        LogHours afterEnd = session(ServiceArea.TUTORING, end.plusDays(1), "2");
        assertThat(HoursPolicy.check(afterEnd, List.of(granted()), end.plusDays(5)).stream().map(Violation::code))
                .containsExactly("hours.duringInternshipOnly");
    }

    @Test
    void jobSearchGuidanceKeepsEightOfItsHoursForAfterTheInternshipsEnd() {
        LogHours beforeEnd = session(ServiceArea.JOB_SEARCH_GUIDANCE, LocalDate.of(2021, 6, 1), "4");

        assertThat(codes(beforeEnd, granted("20", "20", false))).isEmpty();
        assertThat(codes(beforeEnd, granted("21", "21", false))).containsExactly("hours.afterEndReserved");
    }

    @Test
    void jobSearchGuidanceAfterTheEndMayUseTheReservedHours() {
        LogHours afterEnd = session(ServiceArea.JOB_SEARCH_GUIDANCE, LocalDate.of(2021, 9, 6), "8");
        List<Violation> violations = HoursPolicy.check(afterEnd, List.of(granted("24", "24", false)),
                LocalDate.of(2021, 9, 30));
        assertThat(violations).isEmpty();
        assertThat(HoursPolicy.check(afterEnd, List.of(granted("25", "24", false)), LocalDate.of(2021, 9, 30))
                .stream().map(Violation::code)).containsExactly("hours.overModel");
    }

    @Test
    void jobSearchGuidanceStartsWithTheInternship() {
        assertThat(codes(session(ServiceArea.JOB_SEARCH_GUIDANCE, LocalDate.of(2021, 2, 20), "2"), granted()))
                .containsExactly("hours.afterStartOnly");
    }

    @Test
    void theCovidModuleIsOnlyForPeopleHoldingAGrantedClearance() {
        LogHours covid = session(ServiceArea.COVID_GUIDANCE, LocalDate.of(2021, 5, 3), "3");
        PathwayFacts requested = new PathwayFacts(PathwayRef.clearance(1), "Diallo Amadou", "REQUESTED",
                LocalDate.of(2021, 4, 20), null, null, null, PUOI, BigDecimal.ZERO, BigDecimal.ZERO, false, false);

        assertThat(codes(covid, granted())).isEmpty();
        assertThat(codes(covid, requested)).containsExactly("hours.needsGrant");
    }

    @Test
    void theCovidModuleIsOnlyWithinItsWindow() {
        assertThat(codes(session(ServiceArea.COVID_GUIDANCE, HoursPolicy.COVID_FROM, "3"), granted())).isEmpty();
        assertThat(HoursPolicy.check(session(ServiceArea.COVID_GUIDANCE, HoursPolicy.COVID_TO, "3"), List.of(granted()),
                HoursPolicy.COVID_TO)).isEmpty();
        assertThat(codes(session(ServiceArea.COVID_GUIDANCE, HoursPolicy.COVID_FROM.minusDays(1), "3"), granted()))
                .containsExactly("hours.covidWindow");
        assertThat(HoursPolicy.check(session(ServiceArea.COVID_GUIDANCE, HoursPolicy.COVID_TO.plusDays(1), "3"),
                List.of(granted()), LocalDate.of(2022, 5, 1)).stream().map(Violation::code))
                .containsExactly("hours.covidWindow");
    }

    @Test
    void oneEntryPerPathwayAreaAndDay() {
        assertThat(codes(session(ServiceArea.TUTORING, LocalDate.of(2021, 4, 2), "2"), granted("2", "2", true)))
                .containsExactly("hours.dayTaken");
    }

    @Test
    void closedPathwaysAndSupersededIntakesTakeNoHours() {
        PathwayFacts cancelled = new PathwayFacts(PathwayRef.clearance(1), "Diallo Amadou", "CANCELLED",
                LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 15), null, null, PUOI, BigDecimal.ZERO,
                BigDecimal.ZERO, false, false);
        PathwayFacts superseded = new PathwayFacts(PathwayRef.intake(2), "Kone Ibrahim", null, null, null, null, null,
                FIRST_PHASE, BigDecimal.ZERO, BigDecimal.ZERO, false, true);
        LogHours intake = session(ServiceArea.INTAKE, LocalDate.of(2021, 1, 20), "2");

        assertThat(codes(intake, cancelled)).containsExactly("hours.pathwayClosed");
        assertThat(codes(intake, superseded)).containsExactly("hours.useClearance");
    }

    @Test
    void aGroupSessionReportsEveryPathwaysViolations() {
        LogHours group = new LogHours(List.of(PathwayRef.clearance(1), PathwayRef.intake(2)), ServiceArea.TUTORING,
                LocalDate.of(2021, 4, 2), new BigDecimal("3"), DeliveryMode.IN_PERSON, 5L, null);

        List<Violation> violations = HoursPolicy.check(group, List.of(granted("15", "15", true), intake("0")), TODAY);

        assertThat(violations).extracting(Violation::code)
                .containsExactly("hours.overModel", "hours.dayTaken", "hours.intakeArea");
        assertThat(violations).extracting(v -> v.arguments().get(0))
                .containsExactly("Diallo Amadou", "Diallo Amadou", "Kone Ibrahim");
    }

    @Test
    void aSessionNeedsItsPathwaysAreaDateModeAndOperator() {
        LogHours empty = new LogHours(List.of(), null, null, null, null, null, "x".repeat(501));

        assertThat(HoursPolicy.check(empty, List.of(), TODAY)).extracting(Violation::code).containsExactly(
                "hours.noPathway", "hours.areaMissing", "hours.dateMissing", "hours.dayLimit", "hours.modeMissing",
                "hours.operatorMissing", "hours.noteLength");
    }
}
