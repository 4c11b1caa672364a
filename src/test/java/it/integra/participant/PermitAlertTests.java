package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PermitAlertTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void warnsFromSixtyDaysBeforeTheExpiryAndFlagsAnExpiredPermit() {
        assertThat(PermitAlert.of(TODAY.plusDays(61), TODAY)).isEqualTo(PermitAlert.NONE);
        assertThat(PermitAlert.of(TODAY.plusDays(60), TODAY)).isEqualTo(PermitAlert.EXPIRING);
        assertThat(PermitAlert.of(TODAY, TODAY)).isEqualTo(PermitAlert.EXPIRING);
        assertThat(PermitAlert.of(TODAY.minusDays(1), TODAY)).isEqualTo(PermitAlert.EXPIRED);
        assertThat(PermitAlert.of(null, TODAY)).isEqualTo(PermitAlert.NONE);
    }

    @Test
    void aRecordMayBeErasedTheDayAfterItsRetentionEndsUnlessThePersonIsInCharge() {
        Retention retention = new Retention(LocalDate.of(2016, 2, 29), 10, false);
        assertThat(retention.erasableFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(retention.erasableOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(retention.erasableOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(new Retention(LocalDate.of(2000, 1, 1), 10, true).erasableOn(TODAY)).isFalse();
    }

    @Test
    void aDidIsCurrentForSixMonthsToTheDay() {
        IntakeDetails intake = new IntakeDetails(1, 2, 3, "E", "Ente", TODAY.minusYears(1), TODAY.minusMonths(6), null,
                null, null, null, null, null, 0);
        assertThat(intake.didOutOfDate(TODAY)).isFalse();
        assertThat(intake.didOutOfDate(TODAY.plusDays(1))).isTrue();
    }
}
