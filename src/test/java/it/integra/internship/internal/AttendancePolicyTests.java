package it.integra.internship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.internship.RecordAttendance;
import it.integra.internship.internal.AttendancePolicy.Period;
import it.integra.platform.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttendancePolicyTests {

    private static final BigDecimal SEVENTY = new BigDecimal("0.700");

    @Test
    void theAllowanceIsDueAtExactlySeventyPerCentAndNotJustBelow() {
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("100"), new BigDecimal("70"), SEVENTY)).isTrue();
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("100"), new BigDecimal("69.99"), SEVENTY)).isFalse();
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("120"), new BigDecimal("84"), SEVENTY)).isTrue();
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("120"), new BigDecimal("83.99"), SEVENTY)).isFalse();
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("100"), new BigDecimal("100"), SEVENTY)).isTrue();
        assertThat(AttendancePolicy.allowanceDue(new BigDecimal("100"), new BigDecimal("79.99"), new BigDecimal("0.8"))).isFalse();
    }

    @Test
    void theAllowanceRuleAgreesWithTheShareForGeneratedHours() {
        Random random = new Random(20170525);
        for (int n = 0; n < 2000; n++) {
            BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
            BigDecimal attended = BigDecimal.valueOf(random.nextInt(planned.movePointRight(2).intValue() + 1), 2);
            boolean expected = attended.movePointRight(3).compareTo(planned.multiply(BigDecimal.valueOf(700))) >= 0;
            assertThat(AttendancePolicy.allowanceDue(planned, attended, SEVENTY)).as(attended + "/" + planned).isEqualTo(expected);
        }
    }

    @Test
    void aSixMonthInternshipHasSixMonthsEndingOnItsLastDay() {
        List<Period> periods = AttendancePolicy.periods(LocalDate.of(2019, 6, 17), LocalDate.of(2019, 12, 16));

        assertThat(periods).hasSize(6);
        assertThat(periods.get(0)).isEqualTo(new Period(1, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 17),
                LocalDate.of(2019, 7, 16)));
        assertThat(periods.get(5)).isEqualTo(new Period(6, LocalDate.of(2019, 11, 1), LocalDate.of(2019, 11, 17),
                LocalDate.of(2019, 12, 16)));
    }

    @Test
    void monthsFromTheThirtyFirstFollowTheCalendarAndAnEarlyEndCutsTheLastOne() {
        List<Period> periods = AttendancePolicy.periods(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 4, 10));

        assertThat(periods).extracting(Period::from).containsExactly(LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
        assertThat(periods).extracting(Period::month).containsExactly(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
        assertThat(periods.get(0).to()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(periods.get(2).to()).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    void monthsKeysAreDistinctForEveryStartDayOfAYear() {
        for (LocalDate start = LocalDate.of(2023, 1, 1); start.getYear() == 2023; start = start.plusDays(1)) {
            List<Period> periods = AttendancePolicy.periods(start, StartPolicy.plannedEnd(start, 6));
            assertThat(periods).as("from " + start).hasSize(6);
            assertThat(periods.stream().map(Period::month).distinct().count()).isEqualTo(6);
            assertThat(periods.get(5).to()).isEqualTo(StartPolicy.plannedEnd(start, 6));
        }
    }

    @Test
    void refusesMoreAttendedThanPlannedHoursAMonthOutsideTheInternshipAndOneNotBegun() {
        List<Period> periods = AttendancePolicy.periods(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 9, 9));
        LocalDate today = LocalDate.of(2025, 5, 20);

        assertThat(AttendancePolicy.check(new RecordAttendance(1, LocalDate.of(2025, 4, 1), new BigDecimal("100"),
                new BigDecimal("101")), periods, today))
                .containsExactly(Violation.of("attendedHours", "internship.attendance.moreThanPlanned",
                        new BigDecimal("101"), new BigDecimal("100")));
        assertThat(AttendancePolicy.check(new RecordAttendance(1, LocalDate.of(2025, 2, 1), BigDecimal.TEN,
                BigDecimal.ONE), periods, today)).extracting(Violation::code)
                .containsExactly("internship.attendance.monthOutside");
        assertThat(AttendancePolicy.check(new RecordAttendance(1, LocalDate.of(2025, 6, 1), BigDecimal.TEN,
                BigDecimal.ONE), periods, today))
                .containsExactly(Violation.of("month", "internship.attendance.notBegun", "10/06/2025"));
        assertThat(AttendancePolicy.check(new RecordAttendance(1, LocalDate.of(2025, 5, 1), BigDecimal.ZERO, null),
                periods, today)).extracting(Violation::code)
                .containsExactly("internship.attendance.planned", "internship.attendance.attended");
        assertThat(AttendancePolicy.check(new RecordAttendance(1, LocalDate.of(2025, 5, 1), new BigDecimal("120"),
                new BigDecimal("84")), periods, today)).isEmpty();
    }
}
