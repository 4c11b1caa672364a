package it.integra.outcome;

import static it.integra.outcome.OutcomeFixture.contract;
import static it.integra.outcome.OutcomeFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.DirectLoad;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.RowError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files with more new contracts than the engine holds before writing them straight to their table
 * ({@link DirectLoad#DECIDE_AFTER}), with the table's indexes suspended: mixed with stored contracts
 * (changed and unchanged) and other workers, and refused for a row after the new ones were written.
 */
@SpringBootTest(properties = {"integra.outcome.bulk.rows=1000", "integra.outcome.bulk.share=0"})
class ContractsDirectLoadTests {

    private static final int NEW = (int) DirectLoad.DECIDE_AFTER + 5_000;

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    OutcomeFixture fixture;

    @BeforeEach
    void load() {
        fixture = new OutcomeFixture(interchange, jdbc);
        fixture.load();
    }

    @Test
    void manyNewContractsAmongStoredOnesAreCountedAndTheirFactsKeptRight() {
        List<String> rows = new ArrayList<>(fixture.contracts);
        OutcomeFixture.replace(rows, "OC-4",
                contract("OC-4", person(4), OutcomeFixture.EMPLOYER, "A.03.09", "2020-09-15", "2020-12-15"));
        for (int n = 0; n < NEW; n++) {
            // the new contracts spread over the people, some of them before or after their internships
            rows.add(contract("DL-" + n, person(1 + n % 10), OutcomeFixture.EMPLOYER, n % 7 == 0 ? "C.01.00" : "A.02.00",
                    "2020-%02d-%02d".formatted(1 + n % 12, 1 + n % 28), n % 3 == 0 ? null : "2022-01-31"));
        }
        String indexes = "SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'contract'";
        String before = jdbc.sql(indexes).query(String.class).single();
        long stored = count();

        ImportResult result = importContracts(rows);

        assertThat(result.inserted()).isEqualTo(NEW);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(fixture.contracts.size() - 2);
        assertThat(count()).isEqualTo(stored + NEW);
        assertThat(jdbc.sql("SELECT count(*) FROM outcome.contract WHERE communication_id LIKE 'DL-%' AND NOT employment")
                .query(Long.class).single()).isEqualTo((NEW + 6) / 7);
        assertThat(jdbc.sql(indexes).query(String.class).single()).as("the indexes built again").isEqualTo(before);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));

        ImportResult again = importContracts(rows);
        assertThat(again.unchanged()).isEqualTo(NEW + fixture.contracts.size() - 1);
        assertThat(again.inserted() + again.updated()).isZero();
    }

    @Test
    void aFileRefusedAfterItsNewContractsWereWrittenLeavesNothing() {
        var facts = FreshFacts.stored(jdbc);
        long stored = count();
        List<String> rows = new ArrayList<>(fixture.contracts);
        for (int n = 0; n < NEW; n++) {
            rows.add(contract("DL-" + n, person(1 + n % 10), OutcomeFixture.EMPLOYER, "A.02.00", "2020-07-01", null));
        }
        rows.add(contract("DL-LAST", person(2), OutcomeFixture.EMPLOYER, "A.02.00", "2020-07-01", "2020-06-30"));

        assertThatThrownBy(() -> importContracts(rows))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        RowError.of(rows.size() + 1, "end_date", "import.contract.endsBeforeStart", "2020-07-01")));

        assertThat(count()).isEqualTo(stored);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(facts);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE tablename = 'contract'").query(Long.class).single())
                .isEqualTo(2);
    }

    private ImportResult importContracts(List<String> rows) {
        return fixture.importCsv("contracts", "communication_id,worker_tax_code,employer_tax_code,contract_type,start_date,"
                + "end_date,ateco,province\n" + String.join("\n", rows));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM outcome.contract").query(Long.class).single();
    }
}
