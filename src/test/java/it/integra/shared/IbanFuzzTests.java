package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary text never makes the IBAN parser fail with anything but its own validation error, and what
 * it accepts is compact, of a registry country's length, and prints in groups of four that parse back to
 * the same IBAN. In a plain test run Jazzer replays the seed inputs; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class IbanFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void parsesOrRefusesCleanly(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Iban iban = Iban.parse(text);
            assertThat(iban.value()).matches("[A-Z]{2}\\d{2}[A-Z0-9]+");
            assertThat(iban.value().length()).isEqualTo(IbanRegistry.country(iban.value().substring(0, 2)).orElseThrow().length());
            assertThat(Iban.parse(iban.grouped())).isEqualTo(iban);
        } catch (InvalidValueException expected) {
            assertThat(expected.messageKey()).startsWith("iban.");
        }
    }
}
