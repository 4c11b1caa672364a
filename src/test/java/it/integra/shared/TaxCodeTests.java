package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TaxCodeTests {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @ParameterizedTest
    @CsvSource({
        "RSSMRA85T10A562S, RSSMRA85T10A562S, PERSONAL",
        "rssmra85t10a562s, RSSMRA85T10A562S, PERSONAL",
        "'  RSSMRA85T10A562S ', RSSMRA85T10A562S, PERSONAL",
        "RSSMRA85T10A56NH, RSSMRA85T10A56NH, PERSONAL",
        "12345678903, 12345678903, NUMERIC",
        "45561681474, 45561681474, NUMERIC"})
    void acceptsBothFormsInAnyCase(String typed, String stored, TaxCode.Form form) {
        TaxCode code = TaxCode.parse(typed);

        assertThat(code.value()).isEqualTo(stored);
        assertThat(code.form()).isEqualTo(form);
    }

    @ParameterizedTest
    @CsvSource({
        "RSSMRA85T10A562, taxCode.length",
        "1234567890, taxCode.length",
        "1234567890A, taxCode.numeric.form",
        "00000000000, taxCode.numeric.zero",
        "12345678901, taxCode.checkDigit",
        "RSSMRA85T10A562T, taxCode.checkCharacter",
        "RSSMRA85Z10A562S, taxCode.personal.month",
        "RSSMRA85T32A562S, taxCode.personal.day",
        "RSSMRA85T10A5X2S, taxCode.personal.birthplace",
        "RSSMR185T10A562S, taxCode.personal.names",
        "RSSMRA85T10A562-, taxCode.personal.character",
        "RSSMRA85T101562S, taxCode.personal.birthplace"})
    void namesWhatIsWrong(String typed, String messageKey) {
        assertThatThrownBy(() -> TaxCode.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void refusesAnEmptyCode() {
        assertThatThrownBy(() -> TaxCode.parse("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TaxCode.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void namesTheExpectedCheckCharacter() {
        assertThatThrownBy(() -> TaxCode.parse("RSSMRA85T10A562T"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("S"));
    }

    static Stream<String> generatedCodes() {
        return generated(2000);
    }

    static Stream<String> someGeneratedCodes() {
        return generated(400);
    }

    private static Stream<String> generated(int count) {
        Random random = new Random(20261126);
        return IntStream.range(0, count).mapToObj(i -> i % 2 == 0 ? TaxCodes.personal(random) : TaxCodes.numeric(random));
    }

    @ParameterizedTest
    @MethodSource("generatedCodes")
    void everyGeneratedCodeIsValidAndKeptUpperCase(String generated) {
        assertThat(TaxCode.parse(generated.toLowerCase()).value()).isEqualTo(generated);
    }

    /**
     * Every single-character change of a valid code is rejected, unless the changed code is itself a
     * valid code by the independent reference check below.
     */
    @ParameterizedTest
    @MethodSource("someGeneratedCodes")
    void everySingleCharacterChangeIsRejectedUnlessItMakesAnotherValidCode(String generated) {
        for (int position = 0; position < generated.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == generated.charAt(position)) {
                    continue;
                }
                String changed = generated.substring(0, position) + replacement + generated.substring(position + 1);
                assertThat(TaxCode.isValid(changed))
                        .as("%s changed at %d into %s", generated, position, changed)
                        .isEqualTo(ReferenceCheck.isValid(changed));
            }
        }
    }

    @Test
    void aChangedCheckCharacterIsAlwaysCaught() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String code = TaxCodes.personal(random);
            for (char c : ALPHABET.toCharArray()) {
                if (c != code.charAt(15)) {
                    assertThat(TaxCode.isValid(code.substring(0, 15) + c)).isFalse();
                }
            }
        }
    }

    /** A second, deliberately plain implementation of the official rules, written from the tables. */
    static final class ReferenceCheck {

        /** Values of the characters in odd positions, A-Z (digits 0-9 count as A-J). */
        private static final int[] ODD_VALUES =
            {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

        static boolean isValid(String code) {
            return code.length() == 11 ? numeric(code) : personal(code);
        }

        private static boolean numeric(String code) {
            if (!code.matches("\\d{11}") || code.equals("00000000000")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = code.charAt(i) - '0';
                sum += i % 2 == 0 ? d : (d * 2 > 9 ? d * 2 - 9 : d * 2);
            }
            return (10 - sum % 10) % 10 == code.charAt(10) - '0';
        }

        private static boolean personal(String code) {
            String n = "[0-9LMNPQRSTUV]";
            if (!code.matches("[A-Z]{6}" + n + n + "[ABCDEHLMPRST]" + n + n + "[A-Z]" + n + n + n + "[A-Z]")) {
                return false;
            }
            String day = decode(code.substring(9, 11));
            int d = Integer.parseInt(day);
            if (!(d >= 1 && d <= 31 || d >= 41 && d <= 71)) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 15; i++) {
                char c = code.charAt(i);
                int value = Character.isDigit(c) ? c - '0' : c - 'A';
                sum += i % 2 == 0 ? oddValue(c) : value;
            }
            return code.charAt(15) == (char) ('A' + sum % 26);
        }

        private static int oddValue(char c) {
            return ODD_VALUES[Character.isDigit(c) ? c - '0' : c - 'A'];
        }

        private static String decode(String chars) {
            StringBuilder digits = new StringBuilder();
            for (char c : chars.toCharArray()) {
                digits.append(Character.isDigit(c) ? c : (char) ('0' + "LMNPQRSTUV".indexOf(c)));
            }
            return digits.toString();
        }
    }
}
