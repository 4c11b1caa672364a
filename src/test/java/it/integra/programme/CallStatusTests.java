package it.integra.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallStatusTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "DRAFT, DRAFT, false", "DRAFT, OPEN, true", "DRAFT, CLOSED, false",
        "OPEN, DRAFT, false", "OPEN, OPEN, false", "OPEN, CLOSED, true",
        "CLOSED, DRAFT, false", "CLOSED, OPEN, false", "CLOSED, CLOSED, false"})
    void allowsOnlyPublishingADraftAndClosingAnOpenCall(CallStatus from, CallStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }
}
