package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IbanTests {

    /** The registry's example IBAN of each country (see the README beside the file). */
    static Stream<org.junit.jupiter.params.provider.Arguments> registryExamplesByCountry() {
        return registryExamples().map(example -> org.junit.jupiter.params.provider.Arguments.of(example[0], example[1]));
    }

    static Stream<String[]> registryExamples() {
        try (InputStream in = IbanTests.class.getResourceAsStream("iban-registry-examples.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> new String[] {line.substring(0, 2), line.substring(line.lastIndexOf(',') + 1)}).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("registryExamplesByCountry")
    void acceptsTheRegistrysExampleOfEachCountryInItsTable(String country, String iban) {
        if (country.equals("HN") || country.equals("YE")) {
            // added to the registry after the release the table was taken from: see reference/README.md
            assertThatThrownBy(() -> Iban.parse(iban)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("iban.country"));
            return;
        }
        assertThat(Iban.parse(iban).value()).isEqualTo(iban);
    }

    @Test
    void everyCountryOfTheTableHasAnExample() {
        var examples = registryExamples().map(example -> example[0]).toList();
        var territories = java.util.Set.of("AX", "BL", "GF", "GG", "GP", "IM", "JE", "MF", "MQ", "NC", "PF", "PM",
                "RE", "TF", "WF", "YT");

        assertThat(IbanRegistry.countries().keySet()).allMatch(c -> examples.contains(c) || territories.contains(c));
    }

    /**
     * The Italian example of the registry, IT60 X054 2811 1010 0000 0123 456: its CIN X over ABI 05428,
     * CAB 11101 and account 000000123456, by hand from the odd/even tables: odd positions
     * 0 4 8 1 0 0 0 0 1 3 5 count 1+9+19+0+1+1+1+1+0+7+13 = 53, even positions 5 2 1 1 1 0 0 0 2 4 6 count
     * 22; 75 mod 26 = 23, the letter X.
     */
    @Test
    void theItalianExampleHasTheCinOfItsAbiCabAndAccount() {
        assertThat(Iban.italianCin("0542811101000000123456")).isEqualTo('X');
        assertThat(Iban.parse("it60 x054 2811 1010 0000 0123 456").value()).isEqualTo("IT60X0542811101000000123456");
        assertThat(Iban.parse("IT60-X054-2811-1010-0000-0123-456").value()).isEqualTo("IT60X0542811101000000123456");
        assertThat(Iban.parse("IT60.X054.2811.1010.0000.0123.456").grouped()).isEqualTo("IT60 X054 2811 1010 0000 0123 456");
    }

    @ParameterizedTest
    @CsvSource({
        "IT61X0542811101000000123456, iban.checkDigits",
        "IT60X054281110100000012345, iban.length",
        "IT60X05428111010000001234567, iban.length",
        "IT60005428111010000001234567, iban.length",
        "IT6010542811101000000123456, iban.italianStructure",
        "IT60XA542811101000000123456, iban.italianStructure",
        "IT60X054281110100000012345_, iban.form",
        "'not an iban', iban.form",
        "'', iban.form",
        "XX60X0542811101000000123456, iban.country",
        "DE8937040044053201300A, iban.structure",
        "GB29NWBK6016133192681A, iban.structure"})
    void namesWhatIsWrong(String typed, String messageKey) {
        assertThatThrownBy(() -> Iban.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aWrongCinIsRefusedEvenWhenTheCheckDigitsPass() {
        String abiCabAccount = "0542811101000000123456";
        String wrongCin = "Y" + abiCabAccount;
        String iban = "IT" + Iban.checkDigits("IT", wrongCin) + wrongCin;

        assertThatThrownBy(() -> Iban.parse(iban)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("iban.cin");
            assertThat(e.arguments()).containsExactly("Y", "X");
        });
    }

    @Test
    void namesTheExpectedLengthOfTheCountry() {
        assertThatThrownBy(() -> Iban.parse("IT60X054281110100000012345"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.arguments()).containsExactly("IT", 27, 26));
    }

    @Test
    void groupsStoredIbansByFourAndLeavesAnErasedMarkAlone() {
        assertThat(Iban.grouped("DE89370400440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(Iban.grouped("[erased]")).isEqualTo("[erased]");
        assertThat(Iban.grouped(null)).isNull();
    }

    static Stream<String> generated() {
        Random random = new Random(13616);
        return IntStream.range(0, 300).mapToObj(i -> italian(random));
    }

    /** A valid Italian IBAN: random ABI, CAB and account (letters in the account too), its CIN, its check digits. */
    static String italian(Random random) {
        StringBuilder abiCabAccount = new StringBuilder();
        for (int d = 0; d < 22; d++) {
            abiCabAccount.append(d >= 10 && random.nextInt(8) == 0 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
        }
        String bban = Iban.italianCin(abiCabAccount) + abiCabAccount.toString();
        return "IT" + Iban.checkDigits("IT", bban) + bban;
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

    /** Changing the CIN and fixing the check digits again leaves only the CIN wrong. */
    @ParameterizedTest
    @MethodSource("generated")
    void everyOtherCinIsCaughtWithItsOwnMessage(String iban) {
        for (char cin = 'A'; cin <= 'Z'; cin++) {
            if (cin == iban.charAt(4)) {
                continue;
            }
            String bban = cin + iban.substring(5);
            String changed = "IT" + Iban.checkDigits("IT", bban) + bban;
            assertThatThrownBy(() -> Iban.parse(changed)).as(changed).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("iban.cin"));
        }
    }

    /** Every registry country: a valid IBAN built from its structure is accepted; one character more or less is a length error. */
    @Test
    void generatedIbansOfEveryCountryAreAcceptedAndTheirLengthIsChecked() {
        Random random = new Random(97);
        for (IbanRegistry.Country country : IbanRegistry.countries().values()) {
            for (int i = 0; i < 20; i++) {
                String bban = bban(country.bbanStructure(), random);
                if (country.code().equals("IT")) {
                    bban = Iban.italianCin(bban.substring(1)) + bban.substring(1);
                }
                String iban = country.code() + Iban.checkDigits(country.code(), bban) + bban;
                assertThat(Iban.isValid(iban)).as(iban).isTrue();
                String longer = country.code() + Iban.checkDigits(country.code(), bban + "1") + bban + "1";
                assertThatThrownBy(() -> Iban.parse(longer)).as(longer).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(longer.length() > 34 ? "iban.form" : "iban.length"));
            }
        }
    }

    /** A BBAN of the structure, written from the registry's notation (n digits, a letters, c either). */
    private static String bban(String structure, Random random) {
        StringBuilder bban = new StringBuilder();
        var part = java.util.regex.Pattern.compile("(\\d+)!([nac])").matcher(structure);
        while (part.find()) {
            for (int i = 0; i < Integer.parseInt(part.group(1)); i++) {
                String alphabet = switch (part.group(2)) {
                    case "n" -> "0123456789";
                    case "a" -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
                    default -> "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
                };
                bban.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return bban.toString();
    }
}
