package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import it.integra.outcome.internal.OutcomeFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the {@code outcomes} report at national scale times a hundred: 1,000,000 participants and
 * clearances, 400,000 internships, 5,000,000 contracts, written straight with SQL (the imports are
 * timed by ContractsImportBenchmark). The facts are built once; then the report is computed, warm, for
 * everything, a programme and one call, once more through the API (where HTTP Basic authentication
 * hashes the password on every request), and compared with the plain join of internships and
 * contracts it replaced. Not part of the test suite (Surefire skips *Benchmark*); run
 * it with {@code ./mvnw -B test -Dtest=OutcomesReportBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomesReportBenchmark {

    static final int CLEARANCES = 1_000_000;
    static final int INTERNSHIPS = 400_000;
    static final int CONTRACTS = 5_000_000;
    static final int ROUNDS = 15;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeFacts facts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MonitoringReports reports;

    @Test
    void answersTheOutcomesReportFromTheFacts() {
        ApiClient admin = ApiClient.as(port, "admin", "admin-test-password");
        long generated = time(() -> generate(admin));
        long built = time(() -> transactions.executeWithoutResult(status -> facts.rebuild()));
        jdbc.sql("VACUUM ANALYZE outcome.internship_outcome").update();

        LocalDate asOf = LocalDate.of(2024, 6, 30);
        long everything = median(() -> reports.outcomes(ReportFilter.everything(asOf)));
        long programme = median(() -> reports.outcomes(new ReportFilter(List.of(), "PUOI", null, asOf)));
        long call = median(() -> reports.outcomes(new ReportFilter(List.of("BENCH-B"), null, null, asOf)));
        long api = median(() -> assertThat(admin.get("/api/v1/reports/outcomes?asOf=2024-06-30").statusCode()).isEqualTo(200));
        long health = median(() -> assertThat(admin.get("/api/v1/reports/nothing").statusCode()).isEqualTo(404));
        long join = time(() -> jdbc.sql(PLAIN_JOIN).query().listOfRows());

        System.out.printf("%nBENCHMARK outcomes report, %,d clearances, %,d internships, %,d contracts: generated in %d ms, "
                        + "facts built in %d ms; report (median of %d, warm) everything %d ms, programme %d ms, one call "
                        + "%d ms; through the API %d ms, of which HTTP Basic authentication and the rest of a request "
                        + "about %d ms (an unknown report); the plain join it replaced %d ms%n%n",
                CLEARANCES, INTERNSHIPS, CONTRACTS, generated, built, ROUNDS, everything, programme, call, api, health,
                join);
        assertThat(everything).isLessThan(300);
    }

    /** What the report computed before the facts: three windows over a join of internships and contracts. */
    static final String PLAIN_JOIN = """
            SELECT w.months, count(*) FILTER (WHERE (i.end_date + make_interval(months => w.months))::date <= DATE '2024-06-30'),
                   count(*) FILTER (WHERE (i.end_date + make_interval(months => w.months))::date <= DATE '2024-06-30'
                       AND EXISTS (SELECT 1 FROM outcome.contract c WHERE c.participant_id = k.participant_id AND c.employment
                                   AND c.start_date BETWEEN i.end_date
                                       AND (i.end_date + make_interval(months => w.months))::date))
            FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
            CROSS JOIN (VALUES (3), (6), (12)) AS w (months)
            WHERE i.status = 'COMPLETED' GROUP BY w.months""";

    private void generate(ApiClient admin) {
        ProgrammeData data = new ProgrammeData(1, 1);
        TestData.empty(jdbc);
        admin.importOk("calls", data.calls());
        admin.importOk("providers", data.providers());
        jdbc.sql("""
                INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                    target_group, housed_in_reception, prior_work_experience, professional_qualification, language_knowledge)
                SELECT 'B' || lpad(n::text, 15, '0'), 'Cognome', 'Nome', CASE WHEN n % 7 = 0 THEN 'F' ELSE 'M' END,
                       DATE '1975-01-01' + n % 9000, 'NG', 'INTERNATIONAL_PROTECTION', n % 2 = 0, true, false, 'GOOD'
                FROM generate_series(1, :n) n""").param("n", CLEARANCES).update();
        jdbc.sql("""
                INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                    requested_on, status, decided_on)
                SELECT 'NB-' || n, c.ids[1 + n % 3], pr.ids[1 + n % 100], p0 + n, 'TO', '01', DATE '2019-01-05',
                       CASE WHEN n <= :internships OR n % 3 = 0 THEN 'GRANTED' ELSE 'REJECTED' END, DATE '2019-01-10'
                FROM generate_series(1, :n) n,
                     (SELECT array_agg(id ORDER BY code) AS ids FROM programme.call) c,
                     (SELECT array_agg(id ORDER BY code) AS ids FROM provider.provider) pr,
                     (SELECT min(id) - 1 AS p0 FROM participant.participant) p""")
                .param("n", CLEARANCES).param("internships", INTERNSHIPS).update();
        jdbc.sql("""
                INSERT INTO internship.host (tax_code, name, ateco, province)
                SELECT lpad(n::text, 11, '0'), 'Azienda ' || n, '56.10.11', 'TO' FROM generate_series(1, 20000) n""").update();
        jdbc.sql("""
                INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                    host_section, host_province, start_date, planned_end_date, status, end_date)
                SELECT 'TB-' || n, k0 + n, h0 + 1 + n % 20000, lpad((n % 20000)::text, 11, '0'), 'Azienda', '56.10.11', 'I', 'TO',
                       DATE '2019-01-01' + n % 1500, DATE '2019-07-01' + n % 1500,
                       CASE WHEN n % 10 < 7 THEN 'COMPLETED' WHEN n % 10 < 9 THEN 'TERMINATED' ELSE 'ONGOING' END,
                       CASE WHEN n % 10 < 9 THEN DATE '2019-07-01' + n % 1500 END
                FROM generate_series(1, :n) n,
                     (SELECT min(id) - 1 AS k0 FROM clearance.clearance) k,
                     (SELECT min(id) - 1 AS h0 FROM internship.host) h""").param("n", INTERNSHIPS).update();
        jdbc.sql("""
                INSERT INTO outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code,
                    contract_type, employment, start_date, end_date, ateco, province)
                SELECT 'CB-' || n, p0 + 1 + (n * 7919::bigint) % :people, 'X', lpad((n % 20000)::text, 11, '0'),
                       (ARRAY['A.01.00','A.02.00','A.02.00','A.03.09','B.03.00','C.01.00'])[1 + n % 6], n % 6 <> 5,
                       DATE '2018-07-01' + n % 2500, CASE WHEN n % 10 < 6 THEN DATE '2018-10-01' + n % 2500 END,
                       '56.10.11', 'TO'
                FROM generate_series(1, :n) n, (SELECT min(id) - 1 AS p0 FROM participant.participant) p""")
                .param("n", CONTRACTS).param("people", CLEARANCES).update();
        jdbc.sql("ANALYZE").update();
    }

    private static long median(Runnable run) {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            times.add(time(run));
        }
        times.sort(null);
        return times.get(ROUNDS / 2);
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
