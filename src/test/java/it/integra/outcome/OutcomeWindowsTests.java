package it.integra.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutcomeWindowsTests {

    @Test
    void thirtyFirstOfJanuaryPlusOneMonthIsTheLastDayOfFebruary() {
        LocalDate end = LocalDate.of(2021, 1, 31);

        assertThat(OutcomeWindows.monthsUntil(end, LocalDate.of(2021, 2, 28))).isEqualTo(1);
        assertThat(OutcomeWindows.monthsUntil(end, LocalDate.of(2021, 3, 1))).isEqualTo(2);
        assertThat(OutcomeWindows.monthsUntil(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29))).isEqualTo(1);
        assertThat(OutcomeWindows.lastObservableEnd(LocalDate.of(2021, 2, 28), 1)).isEqualTo(end);
        assertThat(OutcomeWindows.lastObservableEnd(LocalDate.of(2021, 2, 27), 1)).isEqualTo(LocalDate.of(2021, 1, 27));
    }

    @Test
    void bothEndsOfAWindowAreInside() {
        LocalDate end = LocalDate.of(2020, 6, 15);

        assertThat(OutcomeWindows.monthsUntil(end, end)).isZero();
        assertThat(OutcomeWindows.monthsUntil(end, LocalDate.of(2020, 9, 15))).isEqualTo(3);
        assertThat(OutcomeWindows.monthsUntil(end, LocalDate.of(2020, 9, 16))).isEqualTo(4);
        assertThat(OutcomeWindows.lastObservableEnd(LocalDate.of(2020, 9, 15), 3)).isEqualTo(end);
        assertThat(OutcomeWindows.lastObservableEnd(LocalDate.of(2020, 9, 14), 3)).isEqualTo(end.minusDays(1));
    }

    @Test
    void theLastObservableEndIsExactlyWherePlusMonthsPassesTheReferenceDate() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            LocalDate asOf = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_000));
            int months = random.nextInt(25);
            LocalDate last = OutcomeWindows.lastObservableEnd(asOf, months);

            assertThat(last.plusMonths(months)).as(asOf + " " + months).isBeforeOrEqualTo(asOf);
            assertThat(last.plusDays(1).plusMonths(months)).as(asOf + " " + months).isAfter(asOf);
        }
    }

    @Test
    void monthsUntilIsTheLeastWindowThatHoldsTheStart() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            LocalDate ended = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_000));
            LocalDate started = ended.plusDays(random.nextInt(1_000));
            int months = OutcomeWindows.monthsUntil(ended, started);

            assertThat(started).as(ended + " " + started).isBeforeOrEqualTo(ended.plusMonths(months));
            if (months > 0) {
                assertThat(started).as(ended + " " + started).isAfter(ended.plusMonths(months - 1));
            }
        }
    }
}
