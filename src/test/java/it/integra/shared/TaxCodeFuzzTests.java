package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary text never makes the parser fail with anything but its own validation error. In a plain
 * test run Jazzer replays the seed inputs; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class TaxCodeFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void parsesOrRefusesCleanly(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            TaxCode code = TaxCode.parse(text);
            assertThat(code.value().length()).isIn(11, 16);
            assertThat(code.value()).isEqualTo(code.value().toUpperCase(java.util.Locale.ROOT));
        } catch (InvalidValueException expected) {
            assertThat(expected.messageKey()).startsWith("taxCode.");
        }
    }

    /** A typed business code, cleaned as the forms do, parses or is refused with a tax code message. */
    @FuzzTest(maxDuration = "30s")
    void typedBusinessCodesParseOrRefuseCleanly(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            TaxCode code = TaxCode.parseOfBusiness(TaxCode.cleanOfBusiness(text));
            assertThat(code.value()).matches("[A-Z0-9]{16}|\\d{11}");
            assertThat(TaxCode.parse(code.value())).isEqualTo(code);
        } catch (InvalidValueException expected) {
            assertThat(expected.messageKey()).startsWith("taxCode.");
        }
    }
}
