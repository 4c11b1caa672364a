package it.integra.outcome;

import static it.integra.outcome.OutcomeFixture.contract;
import static it.integra.outcome.OutcomeFixture.internship;
import static it.integra.outcome.OutcomeFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.RowError;
import it.integra.interchange.InterchangeManagement;
import it.integra.outcome.internal.OutcomeFacts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcome facts are kept by the imports, in their transaction: after every import, re-import and
 * change they equal a fresh computation from the internships and contracts.
 */
@SpringBootTest
class OutcomeFactsTests {

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeFacts facts;

    @Autowired
    TransactionTemplate transactions;

    OutcomeFixture fixture;

    @BeforeEach
    void load() {
        fixture = new OutcomeFixture(interchange, jdbc);
        fixture.load();
    }

    @Test
    void storedFactsEqualAFreshComputationAfterTheImports() {
        assertThat(FreshFacts.stored(jdbc)).hasSize(9).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void reimportingChangesNeitherContractsNorFacts() {
        var before = FreshFacts.stored(jdbc);

        ImportResult internships = fixture.importInternships();
        ImportResult contracts = fixture.importContracts();

        assertThat(internships.unchanged()).isEqualTo(10);
        assertThat(contracts.unchanged()).isEqualTo(10);
        assertThat(contracts.skipped()).isEqualTo(1);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(before).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void aChangedContractRefreshesItsParticipantsFacts() {
        OutcomeFixture.replace(fixture.contracts, "OC-4",
                contract("OC-4", person(4), OutcomeFixture.EMPLOYER, "A.03.09", "2020-09-15", "2020-12-15"));

        assertThat(fixture.importContracts().updated()).isEqualTo(1);

        assertThat(months(4)).isEqualTo(3);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void aContractMovedToAnotherWorkerRefreshesBothParticipants() {
        OutcomeFixture.replace(fixture.contracts, "OC-3",
                contract("OC-3", person(6), OutcomeFixture.EMPLOYER, "A.02.00", "2020-09-15", "2020-12-14"));

        fixture.importContracts();

        assertThat(months(3)).isNull();
        assertThat(months(6)).isEqualTo(3);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void aChangedInternshipRefreshesItsFacts() {
        OutcomeFixture.replace(fixture.internships, "OI-5", internship(5, "COMPLETED", "2019-12-14", "2020-06-13"));
        OutcomeFixture.replace(fixture.internships, "OI-10", internship(10, "TERMINATED", "2021-03-01", "2021-04-30"));
        OutcomeFixture.replace(fixture.internships, "OI-7", internship(7, "ONGOING", "2020-12-01", null));

        assertThat(fixture.importInternships().updated()).isEqualTo(3);

        assertThat(months(5)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outcome.internship_outcome").query(Long.class).single()).isEqualTo(9);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void aRefusedImportLeavesTheFactsAsTheyWere() {
        var before = FreshFacts.stored(jdbc);
        fixture.contracts.add("OC-BAD,NOT-A-CODE," + OutcomeFixture.EMPLOYER + ",A.01.00,2020-07-01,,,");
        fixture.contracts.add(contract("OC-NEW", person(5), OutcomeFixture.EMPLOYER, "A.01.00", "2020-07-01", null));

        try {
            fixture.importContracts();
        } catch (it.integra.interchange.ImportRejectedException expected) {
            // the bad row refuses the whole file
        }

        assertThat(FreshFacts.stored(jdbc)).isEqualTo(before);
    }

    @Test
    void aContractThatEndsBeforeItStartsIsRefusedAndWritesNothing() {
        var before = FreshFacts.stored(jdbc);
        long stored = jdbc.sql("SELECT count(*) FROM outcome.contract").query(Long.class).single();
        fixture.contracts.add(contract("OC-BACKWARDS", person(5), OutcomeFixture.EMPLOYER, "A.01.00", "2020-07-01",
                "2020-06-30"));
        fixture.contracts.add(contract("OC-ONE-DAY", person(5), OutcomeFixture.EMPLOYER, "A.01.00", "2020-07-01",
                "2020-07-01"));

        int backwardsLine = fixture.contracts.size(); // the header is line 1, the backwards row the last but one

        assertThatThrownBy(fixture::importContracts)
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        RowError.of(backwardsLine, "end_date", "import.contract.endsBeforeStart",
                                "2020-07-01")));
        assertThat(jdbc.sql("SELECT count(*) FROM outcome.contract").query(Long.class).single()).isEqualTo(stored);
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(before);
    }

    @Test
    void aRebuildFindsTheFactsTheImportsKept() {
        var kept = FreshFacts.stored(jdbc);

        transactions.executeWithoutResult(status -> facts.rebuild());

        assertThat(FreshFacts.stored(jdbc)).isEqualTo(kept);
    }

    @Test
    void countsTheMonthsFromTheEndDateToTheFirstEmploymentContract() {
        assertThat(Map.of(1, months(1), 2, months(2), 3, months(3), 4, months(4), 8, months(8)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 1, 2, 0, 3, 3, 4, 4, 8, 2));
        assertThat(months(5)).as("a contract that starts the day before the end").isNull();
        assertThat(months(6)).as("C-family contracts are not employment").isNull();
    }

    @Test
    void matchesAContractByThePersonsEarlierProvisionalCode() {
        assertThat(jdbc.sql("""
                        SELECT p.tax_code FROM outcome.contract c JOIN participant.participant p ON p.id = c.participant_id
                        WHERE c.communication_id = 'OC-8'""").query(String.class).single())
                .isEqualTo(person(8));
        assertThat(jdbc.sql("SELECT host_employment_start FROM outcome.internship_outcome f "
                        + "JOIN internship.internship i ON i.id = f.internship_id WHERE i.code = 'OI-8'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 8, 1));
    }

    @Test
    void aCurrentCodeWinsOverTheSameCodeRecordedAsSomeoneElsesEarlierCode() {
        jdbc.sql("INSERT INTO participant.earlier_tax_code (tax_code, participant_id, replaced_on) "
                        + "SELECT :code, id, DATE '2020-01-01' FROM participant.participant WHERE tax_code = :other")
                .param("code", person(3)).param("other", person(5)).update();
        OutcomeFixture.replace(fixture.contracts, "OC-3",
                contract("OC-3", person(3), OutcomeFixture.EMPLOYER, "A.02.00", "2020-09-15", "2020-12-15"));

        assertThat(fixture.importContracts().updated()).isEqualTo(1);

        assertThat(workerOf("OC-3")).isEqualTo(person(3));
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void aContractMovedToAnotherWorkerRefreshesTheFactsOfBoth() {
        OutcomeFixture.replace(fixture.contracts, "OC-4",
                contract("OC-4", person(2), OutcomeFixture.EMPLOYER, "A.02.00", "2020-09-15", null));

        ImportResult result = fixture.importContracts();

        assertThat(result.updated()).isEqualTo(1);
        assertThat(workerOf("OC-4")).isEqualTo(person(2));
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    private String workerOf(String communicationId) {
        return jdbc.sql("SELECT p.tax_code FROM outcome.contract c JOIN participant.participant p ON p.id = c.participant_id "
                + "WHERE c.communication_id = :id").param("id", communicationId).query(String.class).single();
    }

    @Test
    void theDatabaseCountsMonthsAsJavaTimeDoes() {
        Random random = new Random(2024);
        for (int i = 0; i < 2_000; i++) {
            LocalDate ended = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1_500));
            LocalDate started = ended.plusDays(random.nextInt(900));
            Integer database = jdbc.sql("SELECT outcome.months_until(:ended, :started)")
                    .param("ended", ended).param("started", started).query(Integer.class).single();
            assertThat(database).as(ended + " to " + started).isEqualTo(FreshFacts.months(ended, started))
                    .isEqualTo(OutcomeWindows.monthsUntil(ended, started));
        }
    }

    private Integer months(int internship) {
        return jdbc.sql("SELECT f.months_to_employment FROM outcome.internship_outcome f "
                        + "JOIN internship.internship i ON i.id = f.internship_id WHERE i.code = :code")
                .param("code", "OI-" + internship).query(Integer.class).optional().orElse(null);
    }
}
