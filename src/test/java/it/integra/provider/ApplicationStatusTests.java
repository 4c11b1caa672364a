package it.integra.provider;

import static it.integra.provider.ApplicationStatus.ELIGIBLE;
import static it.integra.provider.ApplicationStatus.INELIGIBLE;
import static it.integra.provider.ApplicationStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApplicationStatusTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PENDING, ELIGIBLE, true",
            "PENDING, INELIGIBLE, true",
            "PENDING, PENDING, false",
            "ELIGIBLE, PENDING, false",
            "ELIGIBLE, ELIGIBLE, false",
            "ELIGIBLE, INELIGIBLE, false",
            "INELIGIBLE, PENDING, false",
            "INELIGIBLE, ELIGIBLE, false",
            "INELIGIBLE, INELIGIBLE, false"})
    void allowsOnlyTheStepsOfTheTable(ApplicationStatus from, ApplicationStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void coversEveryPairOfStatuses() {
        assertThat(ApplicationStatus.values()).hasSize(3);
    }

    @Test
    void aDecisionIsFinalAndNothingBecomesNothing() {
        assertThat(Set.of(ApplicationStatus.values())).filteredOn(ApplicationStatus::isDecided)
                .containsExactlyInAnyOrder(ELIGIBLE, INELIGIBLE);
        assertThat(PENDING.canBecome(null)).isFalse();
    }
}
