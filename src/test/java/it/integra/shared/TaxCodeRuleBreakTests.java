package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated valid codes are accepted; breaking one rule of one (and nothing else: the check character
 * is recomputed) is refused with that rule's own message.
 */
class TaxCodeRuleBreakTests {

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 20_261_208L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDayPastTheEndOfItsMonthIsRefusedAsADateThatDoesNotExist(long seed) {
        Random random = new Random(seed);
        LocalDate birth = LocalDate.of(1904, 1, 1).plusDays(random.nextInt(36_500));
        boolean woman = random.nextBoolean();
        String valid = TaxCodes.personal(random, birth, woman);
        assertThat(TaxCode.isValid(valid)).as(valid).isTrue();

        int length = YearMonth.from(birth).lengthOfMonth();
        if (length == 31) {
            return;
        }
        int impossible = length + 1 + random.nextInt(31 - length);
        String broken = withCheck(valid.substring(0, 9) + String.format("%02d", impossible + (woman ? 40 : 0))
                + valid.substring(11, 15));
        if (random.nextBoolean()) {
            broken = omocodic(broken, 10);
        }
        assertRefused(broken, "taxCode.personal.date");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anUnknownForeignStateIsRefusedAndAnyItalianMunicipalityCodeIsAccepted(long seed) {
        Random random = new Random(seed);
        String valid = TaxCodes.personal(random);
        String number = String.format("%03d", random.nextInt(1000));
        String foreign = withCheck(valid.substring(0, 11) + "Z" + number);
        String italian = withCheck(valid.substring(0, 11) + (char) ('A' + random.nextInt(25)) + number);

        assertThat(TaxCode.isValid(italian)).as(italian).isTrue();
        if (ForeignStates.isKnown("Z" + number)) {
            assertThat(TaxCode.isValid(foreign)).as(foreign).isTrue();
        } else {
            assertRefused(foreign, "taxCode.personal.foreignState");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aChangedCheckCharacterIsRefusedWithTheExpectedOne(long seed) {
        Random random = new Random(seed);
        String valid = TaxCodes.personal(random);
        char wrong = (char) ('A' + (valid.charAt(15) - 'A' + 1 + random.nextInt(25)) % 26);

        assertThatThrownBy(() -> TaxCode.parse(valid.substring(0, 15) + wrong))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("taxCode.checkCharacter");
                    assertThat(e.arguments()).containsExactly(String.valueOf(valid.charAt(15)));
                });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aNumericCodeWithoutARegistrationNumberIsRefused(long seed) {
        Random random = new Random(seed);
        String valid = TaxCodes.numeric(random);
        assertThat(TaxCode.isValid(valid)).as(valid).isTrue();
        String first10 = "0000000" + valid.substring(7, 10);

        assertRefused(first10 + TaxCode.numericCheckDigit(first10), "taxCode.numeric.zero");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aBusinessVatNumberWithAnOfficeThatDoesNotExistIsRefusedOnlyAsABusinesss(long seed) {
        Random random = new Random(seed);
        String valid = TaxCodes.vatNumber(random);
        assertThat(TaxCode.isValidOfBusiness(valid)).as(valid).isTrue();
        int office;
        do {
            office = random.nextInt(1000);
        } while (office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999);
        String first10 = valid.substring(0, 7) + String.format("%03d", office);
        String broken = first10 + TaxCode.numericCheckDigit(first10);

        assertThat(TaxCode.isValid(broken)).as("a person's provisional code").isTrue();
        assertThat(TaxCode.problemOfBusiness(broken)).get()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("taxCode.numeric.office"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void separatorsInsideAreNamedWhenStrictAndRemovedWhenTyped(long seed) {
        Random random = new Random(seed);
        String valid = random.nextBoolean() ? TaxCodes.personal(random) : TaxCodes.vatNumber(random);
        int at = 1 + random.nextInt(valid.length() - 1);
        String typed = valid.substring(0, at) + (random.nextBoolean() ? " " : "-") + valid.substring(at);

        assertThatThrownBy(() -> TaxCode.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("taxCode.separators");
            assertThat(e.arguments()).containsExactly(valid);
        });
        assertThat(TaxCode.parse(TaxCode.clean(typed)).value()).isEqualTo(valid);
        if (valid.length() == 11) {
            assertRefused("IT" + valid, "taxCode.vatPrefix");
            assertThat(TaxCode.parseOfBusiness(TaxCode.cleanOfBusiness("IT " + typed)).value()).isEqualTo(valid);
        }
    }

    private static String withCheck(String first15) {
        return first15 + TaxCode.personalCheckCharacter(first15);
    }

    /** The code with the digit at {@code position} replaced by its omocodia letter, check recomputed. */
    private static String omocodic(String code, int position) {
        char digit = code.charAt(position);
        if (!Character.isDigit(digit)) {
            return code;
        }
        return withCheck(code.substring(0, position) + TaxCodes.OMOCODIA.charAt(digit - '0') + code.substring(position + 1, 15));
    }

    private static void assertRefused(String code, String messageKey) {
        assertThatThrownBy(() -> TaxCode.parse(code)).as(code)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
