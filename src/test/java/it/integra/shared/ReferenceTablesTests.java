package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports' SQL joins the reference schema the migration fills, the lookups of this module read
 * the classpath CSVs: the two must hold the same rows, value for value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceTablesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseHoldsTheTwentyRegionsOfTheProvinceFile() throws IOException {
        List<String> fromFile = csv("provinces.csv").stream()
                .map(r -> r.get("region_code") + "|" + r.get("region_name")).distinct().sorted().toList();
        List<String> fromDatabase = rows("SELECT code || '|' || name FROM reference.region ORDER BY 1");

        assertThat(fromDatabase).hasSize(20).containsExactlyElementsOf(fromFile);
        assertThat(fromDatabase).contains("01|Piemonte", "02|Valle d'Aosta", "20|Sardegna");
    }

    @Test
    void theDatabaseHoldsTheHundredAndSevenProvincesOfTheFile() throws IOException {
        List<String> fromFile = csv("provinces.csv").stream()
                .map(r -> String.join("|", r.get("sigla"), r.get("name"), r.get("istat_unit_code"), r.get("region_code")))
                .sorted().toList();
        List<String> fromDatabase = rows(
                "SELECT code || '|' || name || '|' || istat_code || '|' || region_code FROM reference.province ORDER BY 1");

        assertThat(fromDatabase).hasSize(107).containsExactlyElementsOf(fromFile);
        assertThat(fromDatabase).contains("TO|Torino|201|01");
    }

    @Test
    void theDatabaseHoldsTheTwentyOneAtecoSectionsAndTheDivisionsOfTheFiles() throws IOException {
        List<String> sections = csv("ateco-sections.csv").stream()
                .map(r -> String.join("|", r.get("section"), r.get("name_it"), r.get("name_en"))).sorted().toList();
        List<String> divisions = csv("ateco-divisions.csv").stream()
                .map(r -> r.get("division") + "|" + r.get("section")).sorted().toList();

        assertThat(rows("SELECT code || '|' || name_it || '|' || name_en FROM reference.ateco_section ORDER BY 1"))
                .hasSize(21).containsExactlyElementsOf(sections);
        assertThat(rows("SELECT code || '|' || section FROM reference.ateco_division ORDER BY 1"))
                .hasSize(88).containsExactlyElementsOf(divisions);
    }

    @Test
    void theDatabaseHoldsEveryCodeOfBothAtecoEditionsInItsEditionsSection() {
        for (AtecoEdition edition : AtecoEdition.values()) {
            AtecoClassification classification = Ateco.edition(edition);
            List<String> codes = classification.entries().stream()
                    .map(e -> e.code() + "|" + e.level() + "|" + e.section()).sorted().toList();
            List<String> sections = classification.sections().stream()
                    .map(s -> s.code() + "|" + s.name(java.util.Locale.ITALIAN) + "|" + s.name(java.util.Locale.ENGLISH))
                    .sorted().toList();

            assertThat(jdbc.sql("SELECT code || '|' || level || '|' || section FROM reference.ateco_code "
                    + "WHERE edition = :edition").param("edition", edition.year()).query(String.class).list()
                    .stream().sorted().toList()).containsExactlyElementsOf(codes);
            assertThat(jdbc.sql("SELECT code || '|' || name_it || '|' || name_en FROM reference.ateco_edition_section "
                    + "WHERE edition = :edition").param("edition", edition.year()).query(String.class).list()
                    .stream().sorted().toList()).containsExactlyElementsOf(sections);
        }
        assertThat(rows("SELECT edition || ' ' || section FROM reference.ateco_code WHERE code IN ('62', '62.01', '62.10')"))
                .containsExactly("2007 J", "2007 J", "2025 K", "2025 K");
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query(String.class).list().stream().sorted().toList();
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                ReferenceTablesTests.class.getResourceAsStream("/reference/" + name)), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
