package it.integra.internship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HostCapacityPolicyTests {

    @ParameterizedTest(name = "{0} employees: {1} trainees at once")
    @CsvSource({"0, 1", "1, 1", "5, 1", "6, 2", "20, 2", "21, 3", "29, 3", "30, 3", "31, 4", "40, 4", "41, 5",
        "100, 10", "101, 11", "250, 25"})
    void allowsOneUpToFiveEmployeesTwoUpToTwentyThenTenPerCentRoundedUp(int employees, int capacity) {
        assertThat(HostCapacityPolicy.capacity(employees)).isEqualTo(capacity);
    }

    @ParameterizedTest(name = "{0} employees, {1} ongoing: accepted")
    @CsvSource({"5, 0", "6, 1", "20, 1", "21, 2", "30, 2", "31, 3"})
    void acceptsAStartWhileTheHostIsBelowItsCapacity(int employees, long ongoing) {
        assertThat(HostCapacityPolicy.check(employees, ongoing)).isEmpty();
    }

    @ParameterizedTest(name = "{0} employees, {1} ongoing: refused, capacity {2}")
    @CsvSource({"5, 1, 1", "6, 2, 2", "20, 2, 2", "21, 3, 3", "30, 3, 3", "31, 4, 4", "31, 5, 4"})
    void refusesAStartBeyondTheCapacityWithTheNumbers(int employees, long ongoing, int capacity) {
        assertThat(HostCapacityPolicy.check(employees, ongoing))
                .containsExactly(Violation.of("", "internship.hostCapacity", employees, capacity, ongoing));
    }

    @Test
    void aNegativeHeadcountIsAMistake() {
        assertThatThrownBy(() -> HostCapacityPolicy.capacity(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
