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
        "RSSMRA85T10A562-, taxCode.separators",
        "RSSMRA85T10A562*, taxCode.personal.character",
        "RSSMRA85T101562S, taxCode.personal.birthplace",
        "00000001003, taxCode.numeric.zero",
        "RSS MRA 85T10 A562S, taxCode.separators",
        "IT12345678903, taxCode.vatPrefix",
        "RSSMRA85B30A562P, taxCode.personal.date",
        "RSSMRA85D31A562Q, taxCode.personal.date",
        "RSSMRA85B29A562Q, taxCode.personal.date",
        "RSSMRA85B69A562V, taxCode.personal.date",
        "RSSMRA85T10Z999G, taxCode.personal.foreignState"})
    void namesWhatIsWrong(String typed, String messageKey) {
        assertThatThrownBy(() -> TaxCode.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /**
     * A worked example of the rules of DM 23 December 1976, computed by hand from the decree's tables:
     * Matteo Moretti, born in Milan (F205) on 9 April 1925. Odd positions M T T 2 D 9 2 5 count
     * 18+14+14+5+7+21+5+13 = 97, even positions R M T 5 0 F 0 count 17+12+19+5+0+5+0 = 58; 155 mod 26 = 25,
     * the letter Z. Its omocodic variant replaces the last digit 5 with R (the odd value of R is 8, not 13:
     * 150 mod 26 = 20, U).
     */
    @ParameterizedTest
    @CsvSource({"MRTMTT25D09F205Z", "MRTMTT25D09F20RU"})
    void acceptsTheWorkedExampleOfTheDecreeAndItsOmocode(String code) {
        assertThat(TaxCode.isValid(code)).isTrue();
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOfALeapYearOnlyAndReadsOmocodiaInTheDate() {
        String leap = "RSSMRA84B29A562";
        String leapOmocodic = "RSSMRA84BNVA562";
        String woman = "RSSMRA84B69A562";
        String common = "RSSMRA83B29A562";
        String commonOmocodic = "RSSMRA8PBNVA562";
        String year2000 = "RSSMRA00B29A562";

        assertThat(TaxCode.isValid(leap + TaxCode.personalCheckCharacter(leap))).isTrue();
        assertThat(TaxCode.isValid(leapOmocodic + TaxCode.personalCheckCharacter(leapOmocodic))).isTrue();
        assertThat(TaxCode.isValid(woman + TaxCode.personalCheckCharacter(woman))).isTrue();
        assertThat(TaxCode.isValid(year2000 + TaxCode.personalCheckCharacter(year2000))).isTrue();
        assertThatThrownBy(() -> TaxCode.parse(common + TaxCode.personalCheckCharacter(common)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly("29/02/83"));
        assertThatThrownBy(() -> TaxCode.parse(commonOmocodic + TaxCode.personalCheckCharacter(commonOmocodic)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo("taxCode.personal.date"));
    }

    @Test
    void aForeignBirthplaceMustBeInTheListAndAnItalianOneOnlyInForm() {
        String nigeria = "KNOSML00A06Z335";
        String sovietUnion = "TTVNLA61B15Z135";
        String unknownState = "KNOSML00A06Z998";
        String anyMunicipality = "KNOSML00A06Y998";

        assertThat(TaxCode.isValid(nigeria + TaxCode.personalCheckCharacter(nigeria))).isTrue();
        assertThat(TaxCode.isValid(sovietUnion + TaxCode.personalCheckCharacter(sovietUnion))).isTrue();
        assertThat(TaxCode.isValid(anyMunicipality + TaxCode.personalCheckCharacter(anyMunicipality))).isTrue();
        assertThatThrownBy(() -> TaxCode.parse(unknownState + TaxCode.personalCheckCharacter(unknownState)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("taxCode.personal.foreignState");
                    assertThat(e.arguments()).containsExactly("Z998");
                });
    }

    @ParameterizedTest
    @CsvSource({"1234567001, true", "1234567100, true", "1234567120, true", "1234567121, true", "1234567888, true",
        "1234567999, true", "1234567000, false", "1234567101, false", "1234567119, false", "1234567122, false",
        "1234567887, false", "1234567889, false", "1234567998, false"})
    void aBusinessVatNumberNeedsAnOfficeThatExistsAPersonsProvisionalCodeDoesNot(String first10, boolean office) {
        String code = first10 + TaxCode.numericCheckDigit(first10);

        assertThat(TaxCode.isValid(code)).as("as a person's code").isTrue();
        assertThat(TaxCode.isValidOfBusiness(code)).as("as a business's").isEqualTo(office);
        if (!office) {
            assertThat(TaxCode.problemOfBusiness(code)).get().satisfies(e -> {
                assertThat(e.messageKey()).isEqualTo("taxCode.numeric.office");
                assertThat(e.arguments()).containsExactly(first10.substring(7));
            });
        }
    }

    @Test
    void aTypedCodeLosesItsSpacesAndDashesAndABusinessOneItsItPrefixWhileParsingStaysStrict() {
        assertThat(TaxCode.clean(" rss-mra 85t10 a562s ")).isEqualTo("RSSMRA85T10A562S");
        assertThat(TaxCode.cleanOfBusiness("IT 123 456 789 03")).isEqualTo("12345678903");
        assertThat(TaxCode.cleanOfBusiness("it12345678903")).isEqualTo("12345678903");
        assertThat(TaxCode.clean("IT12345678903")).isEqualTo("IT12345678903");
        assertThatThrownBy(() -> TaxCode.parse("123-456-789-03"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly("12345678903"));
        assertThatThrownBy(() -> TaxCode.parse("it12345678903"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.arguments()).containsExactly("12345678903"));
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
        /** The Z codes of the reference file, read here without the production reader. */
        private static final java.util.Set<String> FOREIGN_STATES = foreignStates();

        private static java.util.Set<String> foreignStates() {
            try (var in = ReferenceCheck.class.getResourceAsStream("/reference/foreign-states.csv")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                        .map(line -> line.substring(0, line.indexOf(','))).collect(java.util.stream.Collectors.toSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static final int[] ODD_VALUES =
            {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

        static boolean isValid(String code) {
            return code.length() == 11 ? numeric(code) : personal(code);
        }

        private static boolean numeric(String code) {
            if (!code.matches("\\d{11}") || code.startsWith("0000000")) {
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
            int d = Integer.parseInt(decode(code.substring(9, 11)));
            if (!(d >= 1 && d <= 31 || d >= 41 && d <= 71) || !realDate(code, d % 40)) {
                return false;
            }
            if (code.charAt(11) == 'Z' && !FOREIGN_STATES.contains("Z" + decode(code.substring(12, 15)))) {
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

        /** The date exists in 1900-1999 or in 2000-2099, by java.time's calendar. */
        private static boolean realDate(String code, int day) {
            int year = Integer.parseInt(decode(code.substring(6, 8)));
            int month = "ABCDEHLMPRST".indexOf(code.charAt(8)) + 1;
            return java.time.YearMonth.of(1900 + year, month).isValidDay(day)
                    || java.time.YearMonth.of(2000 + year, month).isValidDay(day);
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
