package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IbanTests {

    @Test
    void acceptsAValidItalianIbanWithSpacesAndLowerCase() {
        assertThat(Iban.parse("it60 x054 2811 1010 0000 0123 456").value()).isEqualTo("IT60X0542811101000000123456");
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> Iban.parse("IT61X0542811101000000123456"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("iban.checkDigits"));
        assertThatThrownBy(() -> Iban.parse("IT60X054281110100000012345"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("iban.italianLength"));
        assertThatThrownBy(() -> Iban.parse("not an iban"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("iban.form"));
    }

    static Stream<String> generated() {
        Random random = new Random(13616);
        return IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder bban = new StringBuilder().append((char) ('A' + random.nextInt(26)));
            for (int d = 0; d < 22; d++) {
                bban.append(random.nextInt(10));
            }
            return "IT" + Iban.checkDigits("IT", bban.toString()) + bban;
        });
    }

    @ParameterizedTest
    @MethodSource("generated")
    void everySingleDigitChangeIsCaught(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
        for (int position = 2; position < iban.length(); position++) {
            if (!Character.isDigit(iban.charAt(position))) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != iban.charAt(position)) {
                    String changed = iban.substring(0, position) + digit + iban.substring(position + 1);
                    assertThat(Iban.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }
}
