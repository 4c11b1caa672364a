package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ATECO codes by edition, against ISTAT's files read here with another CSV reader, and, for ATECO
 * 2025, against the division ranges of NACE Rev. 2.1's sections written out by hand.
 */
class AtecoEditionsTests {

    private static final long SEED = 20_2025L;

    /** NACE Rev. 2.1 (ATECO 2025): the last division of each section A to V. */
    private static final String[][] SECTIONS_2025 = {{"A", "03"}, {"B", "09"}, {"C", "33"}, {"D", "35"},
        {"E", "39"}, {"F", "43"}, {"G", "47"}, {"H", "53"}, {"I", "56"}, {"J", "60"}, {"K", "63"}, {"L", "66"},
        {"M", "68"}, {"N", "75"}, {"O", "82"}, {"P", "84"}, {"Q", "85"}, {"R", "88"}, {"S", "93"}, {"T", "96"},
        {"U", "98"}, {"V", "99"}};

    @Test
    void divisionSixtyTwoIsSectionJIn2007AndKIn2025() {
        assertThat(AtecoCode.parse(AtecoEdition.ATECO_2007, "62.01").section().code()).isEqualTo("J");
        assertThat(AtecoCode.parse(AtecoEdition.ATECO_2025, "62.10").section().code()).isEqualTo("K");
        assertThat(AtecoCode.parse(AtecoEdition.ATECO_2025, "62.10").section().name(Locale.ENGLISH))
                .isEqualTo("Telecommunication, computer programming, consulting, computing infrastructure and other information service activities");
        assertThat(Ateco.edition(AtecoEdition.ATECO_2025).sections()).hasSize(22)
                .extracting(Ateco.Section::code).startsWith("A").endsWith("V");
    }

    static Stream<Arguments> detailedCodes() throws IOException {
        Random random = new Random(SEED);
        Stream.Builder<Arguments> codes = Stream.builder();
        for (AtecoEdition edition : AtecoEdition.values()) {
            List<CSVRecord> detailed = csv(edition).stream()
                    .filter(r -> List.of("class", "category", "subcategory").contains(r.get("level"))).toList();
            for (int i = 0; i < 150; i++) {
                CSVRecord row = detailed.get(random.nextInt(detailed.size()));
                codes.add(Arguments.of(edition, row.get("code"), expectedSection(edition, row)));
            }
        }
        return codes.build();
    }

    @ParameterizedTest
    @MethodSource("detailedCodes")
    void acceptsEveryClassCategoryAndSubcategoryOfItsEditionInItsSection(AtecoEdition edition, String code, String section) {
        AtecoCode parsed = AtecoCode.parse(edition, code);

        assertThat(parsed.code()).isEqualTo(code);
        assertThat(parsed.section().code()).isEqualTo(section);
        assertThat(parsed.section().edition()).isEqualTo(edition);
    }

    static Stream<Arguments> absentCodes() throws IOException {
        Random random = new Random(SEED + 1);
        Stream.Builder<Arguments> codes = Stream.builder();
        for (AtecoEdition edition : AtecoEdition.values()) {
            List<String> known = csv(edition).stream().map(r -> r.get("code")).toList();
            int found = 0;
            while (found < 150) {
                String code = String.format("%02d.%02d", random.nextInt(100), random.nextInt(100))
                        + (random.nextBoolean() ? "" : "." + random.nextInt(100));
                if (!known.contains(code)) {
                    codes.add(Arguments.of(edition, code));
                    found++;
                }
            }
        }
        return codes.build();
    }

    @ParameterizedTest
    @MethodSource("absentCodes")
    void refusesCodesAbsentFromTheEditionNamingTheEdition(AtecoEdition edition, String code) {
        assertThatThrownBy(() -> AtecoCode.parse(edition, code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ateco.unknown");
                    assertThat(e.arguments()).containsExactly(code, String.valueOf(edition.year()));
                });
    }

    @Test
    void aCodeOfOneEditionOnlyIsRefusedInTheOther() {
        assertThat(AtecoCode.parse(AtecoEdition.ATECO_2025, "62.10").code()).isEqualTo("62.10");
        assertThatThrownBy(() -> AtecoCode.parse(AtecoEdition.ATECO_2007, "62.10"))
                .hasMessageContaining("ateco.unknown").hasMessageContaining("2007");
        assertThat(AtecoCode.parse(AtecoEdition.ATECO_2007, "62.01").code()).isEqualTo("62.01");
        assertThatThrownBy(() -> AtecoCode.parse(AtecoEdition.ATECO_2025, "62.01"))
                .hasMessageContaining("ateco.unknown").hasMessageContaining("2025");
    }

    @Test
    void refusesDivisionsAndGroupsWhichSayTooLittleOfTheActivity() {
        for (String code : List.of("62", "62.0", "A")) {
            assertThatThrownBy(() -> AtecoCode.parse(AtecoEdition.ATECO_2007, code))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("ateco.form"));
        }
    }

    @Test
    void readsEditionsWrittenAsTheirYear() {
        assertThat(AtecoEdition.parse("2025")).isEqualTo(AtecoEdition.ATECO_2025);
        assertThat(AtecoEdition.parse(" 2007 ")).isEqualTo(AtecoEdition.ATECO_2007);
        assertThat(AtecoEdition.parse("")).isEqualTo(AtecoEdition.ATECO_2007);
        for (String wrong : List.of("2022", "25", "ATECO 2025")) {
            assertThatThrownBy(() -> AtecoEdition.parse(wrong)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("ateco.edition"));
        }
    }

    @Test
    void suggestsCodesByTheirBeginningOrByWordsOfTheTitleInTheReadersLanguage() {
        AtecoClassification ateco2025 = Ateco.edition(AtecoEdition.ATECO_2025);
        assertThat(ateco2025.suggest("62.1", Locale.ITALIAN, 10)).extracting(AtecoClassification.Entry::code)
                .containsExactly("62.10", "62.10.0", "62.10.00");
        assertThat(ateco2025.suggest("6210", Locale.ITALIAN, 2)).extracting(AtecoClassification.Entry::code)
                .containsExactly("62.10", "62.10.0");
        assertThat(ateco2025.suggest("programming computer", Locale.ENGLISH, 10))
                .extracting(AtecoClassification.Entry::code).contains("62.10");
        assertThat(ateco2025.suggest("programmazione informatica", Locale.ITALIAN, 10))
                .extracting(AtecoClassification.Entry::code).contains("62.10");
        assertThat(ateco2025.suggest("programming computer", Locale.ITALIAN, 10)).isEmpty();
        // ATECO 2007 has Italian titles only: an English reader searches them
        assertThat(Ateco.edition(AtecoEdition.ATECO_2007).suggest("ristorazione somministrazione", Locale.ENGLISH, 50))
                .extracting(AtecoClassification.Entry::code).contains("56.10.11");
    }

    private static String expectedSection(AtecoEdition edition, CSVRecord row) {
        if (edition == AtecoEdition.ATECO_2007) {
            return row.get("section");
        }
        String division = row.get("code").substring(0, 2);
        for (String[] section : SECTIONS_2025) {
            if (division.compareTo(section[1]) <= 0) {
                return section[0];
            }
        }
        throw new AssertionError(division);
    }

    private static final Map<AtecoEdition, List<CSVRecord>> FILES = new HashMap<>();

    private static List<CSVRecord> csv(AtecoEdition edition) throws IOException {
        if (!FILES.containsKey(edition)) {
            String name = "/reference/ateco/ateco" + edition.year() + ".csv";
            try (Reader in = new InputStreamReader(Objects.requireNonNull(
                    AtecoEditionsTests.class.getResourceAsStream(name)), StandardCharsets.UTF_8)) {
                FILES.put(edition, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in).getRecords());
            }
        }
        return FILES.get(edition);
    }
}
