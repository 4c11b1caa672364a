package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.RowError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The internships file with and without the extra {@code host_ateco_edition} column: without it a
 * code is ATECO 2007, as in every file written before editions; with it, each row's code is checked
 * in and stored with its own edition, and its section is that edition's.
 */
@SpringBootTest
class AtecoEditionImportTests {

    private static final String HEADER = "internship_code,clearance_code,host_tax_code,host_name,host_ateco,"
            + "host_province,start_date,planned_end_date,status";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InterchangeManagement interchange;

    InternshipFixture fixture;

    @BeforeEach
    void aCallWithAProvider() {
        fixture = InternshipFixture.ready(jdbc);
    }

    @Test
    void aFileWithoutTheEditionColumnMeansAteco2007() {
        Row row = row("62.01");

        interchange.importCsv("internships", new StringReader(HEADER + "\n" + row.line() + "\n"), fixture.officer,
                ImportProgress.NONE);

        assertThat(stored(row)).isEqualTo("62.01 2007 J | host 62.01 2007");
    }

    @Test
    void aFileWithTheEditionColumnStoresEachRowsEditionAndItsSection() {
        Row of2025 = row("62.10");
        Row of2007 = row("62.01");
        String csv = HEADER + ",host_ateco_edition\n" + of2025.line() + ",2025\n" + of2007.line() + ",\n";

        interchange.importCsv("internships", new StringReader(csv), fixture.officer, ImportProgress.NONE);

        assertThat(stored(of2025)).isEqualTo("62.10 2025 K | host 62.10 2025");
        assertThat(stored(of2007)).isEqualTo("62.01 2007 J | host 62.01 2007");
    }

    @Test
    void aCodeAbsentFromItsEditionRejectsTheFileNamingColumnAndEditionAndWritesNothing() {
        Row valid = row("62.10");
        Row absent = row("62.01");
        Row badEdition = row("62.10");
        String csv = HEADER + ",host_ateco_edition\n" + valid.line() + ",2025\n" + absent.line() + ",2025\n"
                + badEdition.line() + ",2022\n";

        assertThatThrownBy(() -> interchange.importCsv("internships", new StringReader(csv), fixture.officer,
                ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::toString)
                        .containsExactly("row 3 host_ateco: ateco.unknown[62.01, 2025]",
                                "row 4 host_ateco_edition: ateco.edition[2022]"));

        for (Row row : List.of(valid, absent, badEdition)) {
            assertThat(jdbc.sql("SELECT count(*) FROM internship.internship WHERE code = :code")
                    .param("code", row.code()).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM internship.host WHERE tax_code = :code")
                    .param("code", row.host()).query(Long.class).single()).isZero();
        }
    }

    @Test
    void aCodeOf2025AloneIsRefusedInAFileWithoutEditions() {
        Row row = row("62.10");

        assertThatThrownBy(() -> interchange.importCsv("internships",
                new StringReader(HEADER + "\n" + row.line() + "\n"), fixture.officer, ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::toString).containsExactly("row 2 host_ateco: ateco.unknown[62.10, 2007]"));
    }

    @Test
    void theOutcomesBreakdownBySectorKeepsTheEditionOfAnEndedInternship() {
        Row of2025 = row("62.10");
        Row of2007 = row("64.19");
        String header = HEADER + ",end_date,termination_reason,host_ateco_edition\n";
        String ended = ",2024-07-07,,";

        interchange.importCsv("internships", new StringReader(header
                + of2025.line().replace("ONGOING", "COMPLETED") + ended + "2025\n"
                + of2007.line().replace("ONGOING", "COMPLETED") + ended + "2007\n"), fixture.officer, ImportProgress.NONE);

        for (Row row : List.of(of2025, of2007)) {
            String section = jdbc.sql("""
                            SELECT f.host_section FROM outcome.internship_outcome f
                            JOIN internship.internship i ON i.id = f.internship_id WHERE i.code = :code""")
                    .param("code", row.code()).query(String.class).single();
            assertThat(section).isEqualTo(row == of2025 ? "2025-K" : "K");
        }
    }

    private record Row(String code, String clearance, String host, String ateco) {
        String line() {
            return String.join(",", code, clearance, host, "Software srl", ateco, "TO", "2024-01-08", "2024-07-07",
                    "ONGOING");
        }
    }

    private Row row(String ateco) {
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(30, host, 10);
        String clearanceCode = jdbc.sql("SELECT code FROM clearance.clearance WHERE id = :id").param("id", clearance)
                .query(String.class).single();
        return new Row("TIR-ED-" + clearance, clearanceCode, host, ateco);
    }

    private String stored(Row row) {
        return jdbc.sql("""
                        SELECT i.host_ateco || ' ' || i.host_ateco_edition || ' ' || i.host_section
                               || ' | host ' || h.ateco || ' ' || h.ateco_edition
                        FROM internship.internship i JOIN internship.host h ON h.id = i.host_id WHERE i.code = :code""")
                .param("code", row.code()).query(String.class).single();
    }
}
