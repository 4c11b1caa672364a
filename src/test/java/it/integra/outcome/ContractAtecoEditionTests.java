package it.integra.outcome;

import static it.integra.outcome.OutcomeFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.RowError;
import it.integra.platform.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contract's ATECO code with its edition: the extra {@code ateco_edition} column of the contracts
 * file says 2007 or 2025; without it (or empty) a code is ATECO 2007, as before editions.
 */
@SpringBootTest
class ContractAtecoEditionTests {

    private static final String HEADER = "communication_id,worker_tax_code,employer_tax_code,contract_type,start_date,"
            + "end_date,ateco,province";

    @Autowired
    InterchangeManagement interchange;
    @Autowired
    JdbcClient jdbc;

    OutcomeFixture fixture;

    @BeforeEach
    void participants() {
        fixture = new OutcomeFixture(interchange, jdbc);
        fixture.load();
    }

    @Test
    void storesTheEditionTheFileGivesAnd2007OtherwiseAndExportsIt() {
        String of2025 = TestUsers.uniqueName("ED25");
        String of2007 = TestUsers.uniqueName("ED07");
        String plain = TestUsers.uniqueName("EDNO");

        fixture.importCsv("contracts", HEADER + ",ateco_edition\n" + row(of2025, "62.10") + ",2025\n"
                + row(of2007, "62.01") + ",\n");
        fixture.importCsv("contracts", HEADER + "\n" + row(plain, "64.19") + "\n");

        assertThat(stored(of2025)).isEqualTo("62.10 2025");
        assertThat(stored(of2007)).isEqualTo("62.01 2007");
        assertThat(stored(plain)).isEqualTo("64.19 2007");
    }

    @Test
    void aCodeAbsentFromItsEditionRejectsTheFileAndWritesNothing() {
        String first = TestUsers.uniqueName("EDOK");
        String absent = TestUsers.uniqueName("EDKO");

        assertThatThrownBy(() -> fixture.importCsv("contracts", HEADER + "\n" + row(first, "62.01") + "\n"
                + row(absent, "62.10") + "\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .containsExactly(RowError.of(3, "ateco", "ateco.unknown", "62.10", "2007")));
        assertThatThrownBy(() -> fixture.importCsv("contracts", HEADER + ",ateco_edition\n" + row(first, "62.01")
                + ",2025\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .containsExactly(RowError.of(2, "ateco", "ateco.unknown", "62.01", "2025")));

        assertThat(jdbc.sql("SELECT count(*) FROM outcome.contract WHERE communication_id IN (:a, :b)")
                .param("a", first).param("b", absent).query(Long.class).single()).isZero();
    }

    private static String row(String id, String ateco) {
        return id + "," + person(3) + "," + OutcomeFixture.EMPLOYER + ",A.02.00,2021-03-01,2021-09-30," + ateco + ",TO";
    }

    private String stored(String id) {
        return jdbc.sql("SELECT ateco || ' ' || ateco_edition FROM outcome.contract WHERE communication_id = :id")
                .param("id", id).query(String.class).single();
    }
}
