package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.TestData;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Times the import of 1,000,000 contract rows (about 80 MB of CSV) against a programme of 200,000
 * participants and 150,000 internships: a first import through the API (all new), the same file
 * again through the engine with the page's progress reporting (all unchanged), and a changed file
 * (all updated). Each import also refreshes the outcome facts of the participants it touched. For
 * comparison it times PostgreSQL's own COPY of the file into a bare table. Not part of the test suite
 * (Surefire skips *Benchmark*); run it with {@code ./mvnw -B test -Dtest=ContractsImportBenchmark}
 * and copy the figures to docs/benchmarks.md. With {@code -Ddata=/some/folder -Dephemeral=false} the
 * database is kept afterwards, to study the plans with psql.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "integra.data-dir=${data:${java.io.tmpdir}/integra-test/${random.uuid}}",
    "integra.database.ephemeral=${ephemeral:true}"})
class ContractsImportBenchmark {

    static final int PARTICIPANTS = 200_000;
    static final int INTERNSHIPS = 150_000;
    static final int CONTRACTS = 1_000_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    InterchangeManagement interchange;

    @Test
    void importsOneMillionContracts() throws Exception {
        ApiClient admin = ApiClient.as(port, "admin", "admin-test-password");
        ProgrammeData data = new ProgrammeData(PARTICIPANTS, INTERNSHIPS);
        long setup = time(() -> loadProgramme(admin, data));
        String original = data.contracts(CONTRACTS, 0);
        String changed = data.contracts(CONTRACTS, 3);
        admin.importOk("contracts", data.contracts(2_000, 0).replace("CO-B-", "CO-WARM-"));
        long copy = bareCopy(original);

        long inserted = time(() -> {
            JsonNode answer = admin.importOk("contracts", original);
            assertThat(answer.get("inserted").asLong() + answer.get("skipped").asLong()).isEqualTo(CONTRACTS);
        });
        List<String> progress = new ArrayList<>();
        long unchanged = time(() -> {
            ImportResult result = interchange.importCsv("contracts", new StringReader(original), staff(),
                    (phase, rows) -> progress.add(phase + " " + rows));
            assertThat(result.unchanged() + result.skipped()).isEqualTo(CONTRACTS);
        });
        long updated = time(() -> {
            JsonNode answer = admin.importOk("contracts", changed);
            assertThat(answer.get("updated").asLong() + answer.get("skipped").asLong()).isEqualTo(CONTRACTS);
        });
        long facts = jdbc.sql("SELECT count(*) FROM outcome.internship_outcome").query(Long.class).single();

        assertThat(progress).hasSizeGreaterThan(CONTRACTS / 5_000);
        System.out.printf("%nBENCHMARK contracts import, %,d rows, %.1f MB, %,d participants, %,d internships "
                        + "(%,d outcome facts), setup %d ms: PostgreSQL COPY into a bare table %d ms; "
                        + "insert %d ms, unchanged %d ms (%d progress reports), update %d ms%n%n",
                CONTRACTS, original.length() / 1e6, PARTICIPANTS, INTERNSHIPS, facts, setup, copy, inserted,
                unchanged, progress.size(), updated);
    }

    private void loadProgramme(ApiClient admin, ProgrammeData data) {
        TestData.empty(jdbc);
        admin.importOk("calls", data.calls());
        admin.importOk("providers", data.providers());
        admin.importOk("applications", data.applications());
        admin.importOk("participants", data.participants());
        String[] earlier = IntStream.rangeClosed(1, PARTICIPANTS).filter(n -> n % 10 == 1)
                .mapToObj(ProgrammeData::earlierCode).toArray(String[]::new);
        String[] current = IntStream.rangeClosed(1, PARTICIPANTS).filter(n -> n % 10 == 1)
                .mapToObj(ProgrammeData::participantCode).toArray(String[]::new);
        jdbc.sql("""
                INSERT INTO participant.earlier_tax_code (tax_code, participant_id, replaced_on)
                SELECT x.earlier, p.id, DATE '2019-01-01'
                FROM unnest(CAST(:earlier AS text[]), CAST(:current AS text[])) AS x (earlier, current)
                JOIN participant.participant p ON p.tax_code = x.current""")
                .param("earlier", earlier).param("current", current).update();
        admin.importOk("clearances", data.clearances());
        admin.importOk("internships", data.internships());
    }

    /** PostgreSQL's own COPY of the same CSV into an unindexed table: the floor of any import. */
    private long bareCopy(String csv) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TEMPORARY TABLE bare (a text, b text, c text, d text, "
                    + "e date, f date, g text, h text)");
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bare FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(csv));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            connection.createStatement().execute("DROP TABLE bare");
            return elapsed;
        }
    }

    private static CurrentUser staff() {
        return new CurrentUser(1, "admin", "admin", Role.ADMIN, null, null);
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
