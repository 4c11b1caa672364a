package it.integra.benchmark;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.internal.ReportQueries;
import it.integra.monitoring.internal.ReportScope;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Times every monitoring report and the Monitoraggio page on the demo dataset at scale N (default 100:
 * about 840,000 clearances, 480,000 internships, 7,400,000 service-hour rows), loaded through the
 * imports by the demo itself. Each figure is the median of {@value #ROUNDS} warm calls after
 * {@value #WARM_UP} warm-up calls, for a whole programme, one call, and one call and one region.
 * Reports are timed on the service (the API adds HTTP Basic's password hashing, timed elsewhere); the
 * page through MockMvc with a logged-in session. Not part of the test suite (Surefire skips
 * *Benchmark*); run it with {@code ./mvnw -B -o test -Dtest=ReportsBenchmark [-Dscale=10]}. With
 * {@code -Ddata=/some/folder -Dephemeral=false} the database is kept, and a second run reuses it
 * without loading (the demo leaves a database that holds calls alone). {@link #timesReportsOverAnyPeriod}
 * ({@code -Dtest=ReportsBenchmark#timesReportsOverAnyPeriod}) times them over periods that cut a month
 * beside the whole months inside them, each beside the records' own statements ({@link ReportQueries}),
 * whose answers they must equal.
 */
@SpringBootTest(properties = {"integra.demo=true", "integra.demo.scale=${scale:100}",
    "integra.data-dir=${data:${java.io.tmpdir}/integra-test/${random.uuid}}",
    "integra.database.ephemeral=${ephemeral:true}"})
class ReportsBenchmark {

    static final int WARM_UP = 3;
    static final int ROUNDS = 10;
    /** The records' statements over a period take seconds at scale 100: fewer rounds. */
    static final int RECORD_ROUNDS = 3;
    static final long REPORT_TARGET_MS = 300;
    static final long PAGE_TARGET_MS = 1_000;
    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    /** Figures whose records the page links to, timed as lists (the first page, with the total). */
    static final List<String> DRILL_DOWNS = List.of("clearancesRequested", "territory.completed",
            "sectors.internships&section=I", "profile.base", "services.pathways&area=INTAKE");
    /** Class loading precedes the context, which loads the demo when the test instance is prepared. */
    static final long STARTED = System.nanoTime();

    @Value("${scale:100}")
    int scale;

    /** {@code -Dmeasure=false} only loads the dataset (into a kept database, with -Ddata). */
    @Value("${measure:true}")
    boolean measure;

    @Autowired
    MonitoringReports reports;

    @Autowired
    ReportQueries records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void timesEveryReportAndThePage() throws Exception {
        long ready = (System.nanoTime() - STARTED) / 1_000_000;
        jdbc.sql("VACUUM ANALYZE").update();
        if (!measure) {
            System.out.printf("%nBENCHMARK reports at scale %d: %s; context with the demo ready in %d ms; load average %s%n",
                    scale, volumes(), ready, loadAverage());
            return;
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("reports", Role.ADMIN),
                TestUsers.PASSWORD);
        Map<String, ReportFilter> scopes = scopes();

        StringBuilder table = new StringBuilder("| scope | funnel | summary | territory | sectors | profile | services "
                + "| outcomes | page /monitoring |\n|---|---|---|---|---|---|---|---|---|\n");
        SoftAssertions targets = new SoftAssertions();
        for (var scope : scopes.entrySet()) {
            Map<String, Long> times = times(scope.getValue());
            String query = scope.getKey() + "&asOf=" + AS_OF;
            times.put("page", median(() -> mvc.perform(get("/monitoring?" + query).session(session))
                    .andExpect(status().isOk()).andReturn()));
            table.append("| ").append(scope.getKey());
            times.forEach((report, ms) -> {
                table.append(" | ").append(ms);
                targets.assertThat(ms).as(scope.getKey() + " " + report)
                        .isLessThan(report.equals("page") ? PAGE_TARGET_MS : REPORT_TARGET_MS);
            });
            table.append(" |\n");
        }
        StringBuilder lists = new StringBuilder("| scope | " + String.join(" | ", DRILL_DOWNS) + " |\n|---|"
                + "---|".repeat(DRILL_DOWNS.size()) + "\n");
        for (var scope : scopes.keySet()) {
            lists.append("| ").append(scope);
            for (String figure : DRILL_DOWNS) {
                long ms = median(() -> mvc.perform(get("/monitoring/records?figure=" + figure + "&" + scope
                                + "&asOf=" + AS_OF).session(session))
                        .andExpect(status().isOk()).andReturn());
                lists.append(" | ").append(ms);
                targets.assertThat(ms).as(scope + " records of " + figure).isLessThan(PAGE_TARGET_MS);
            }
            lists.append(" |\n");
        }
        System.out.printf("%nBENCHMARK reports at scale %d: %s; context with the demo ready in %d ms; load average %s%n"
                        + "median of %d warm calls, ms:%n%s%nthe records behind a figure (first page of the list), ms:%n%s%n",
                scale, volumes(), ready, loadAverage(), ROUNDS, table, lists);
        if (scale >= 100) {
            targets.assertAll();
        }
    }

    /**
     * The reports over whole months and over the period that cuts the months on either side: 2019-04..2023-10
     * and 2019-03-15..2023-11-20 (the demo has no pathway in the months cut), 2019-07..2021-08 and
     * 2019-06-15..2021-09-20 (the months cut are among PUOI's busiest), and days inside one month. Each
     * report is timed through the service and, over a cut period, as "reports / records": beside the records'
     * statements over the same scope (the plain query). Asserts that both give the same figures, and times
     * the page over each period.
     */
    @Test
    void timesReportsOverAnyPeriod() throws Exception {
        jdbc.sql("VACUUM ANALYZE").update();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("reports", Role.ADMIN),
                TestUsers.PASSWORD);
        Map<String, ReportFilter> scopes = scopes();
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2019, 4, 1), LocalDate.of(2023, 10, 31)},
                new LocalDate[] {LocalDate.of(2019, 3, 15), LocalDate.of(2023, 11, 20)},
                new LocalDate[] {LocalDate.of(2019, 7, 1), LocalDate.of(2021, 8, 31)},
                new LocalDate[] {LocalDate.of(2019, 6, 15), LocalDate.of(2021, 9, 20)},
                new LocalDate[] {LocalDate.of(2019, 11, 5), LocalDate.of(2019, 11, 25)});
        StringBuilder table = new StringBuilder("| scope | period | funnel | summary | territory | sectors | profile "
                + "| services | page /monitoring |\n|---|---|---|---|---|---|---|---|---|\n");
        for (var scope : scopes.entrySet()) {
            for (LocalDate[] period : periods) {
                ReportFilter f = scope.getValue();
                ReportFilter filter = new ReportFilter(f.calls(), f.programme(), f.region(), AS_OF, null, period[0],
                        period[1]);
                assertSameFiguresAsTheRecords(filter);
                table.append("| ").append(scope.getKey()).append(" | ").append(period[0]).append("..").append(period[1]);
                for (String time : periodTimes(filter)) {
                    table.append(" | ").append(time);
                }
                String query = scope.getKey() + "&from=" + period[0] + "&to=" + period[1] + "&asOf=" + AS_OF;
                table.append(" | ").append(median(() -> mvc.perform(get("/monitoring?" + query).session(session))
                        .andExpect(status().isOk()).andReturn())).append(" |\n");
            }
        }
        System.out.printf("%nBENCHMARK reports over any period at scale %d: %s; load average %s%n"
                        + "median of %d warm calls through the service / of %d over the records' statements, ms:%n%s%n"
                        + "load average at the end %s%n",
                scale, volumes(), loadAverage(), ROUNDS, RECORD_ROUNDS, table, loadAverage());
    }

    private void assertSameFiguresAsTheRecords(ReportFilter filter) {
        ReportScope territorial = ReportScope.resolve(jdbc, filter);
        ReportScope calls = ReportScope.resolve(jdbc, filter.withRegion(null));
        String as = filter.calls() + " " + filter.programme() + " " + filter.region() + " " + filter.from() + ".."
                + filter.to();
        assertThat(reports.funnel(filter)).as("funnel " + as).isEqualTo(records.funnel(calls));
        assertThat(reports.summary(filter).internshipsCompleted()).as("summary " + as)
                .isEqualTo(records.completedInternships(calls));
        assertThat(reports.territory(filter).rows()).as("territory " + as).isEqualTo(records.territoryRows(territorial));
        assertThat(reports.sectors(filter, Locale.ITALIAN).rows()).as("sectors " + as)
                .isEqualTo(records.sectors(territorial, false));
        var profile = reports.profile(filter);
        assertThat(new long[] {profile.base(), profile.priorWorkExperience().count(),
                profile.professionalQualification().count(), profile.housedInReception().count(),
                profile.goodLanguageKnowledge().count(), profile.languageCertificateA1().count(),
                profile.languageCertificateA2().count()}).as("profile " + as).isEqualTo(records.profileCounts(territorial));
        assertThat(reports.services(filter).rows()).as("services " + as).isEqualTo(records.services(calls));
        assertThat(Arrays.stream(records.profileCounts(territorial)).sum()).as("a period with pathways " + as).isPositive();
    }

    /** Each report's time through the service, in ms, and beside it the records' over a cut period. */
    private List<String> periodTimes(ReportFilter filter) throws Exception {
        ReportScope territorial = ReportScope.resolve(jdbc, filter);
        ReportScope calls = ReportScope.resolve(jdbc, filter.withRegion(null));
        boolean cut = !territorial.wholeMonths();
        List<String> times = new ArrayList<>();
        times.add(median(() -> reports.funnel(filter)) + beside(cut, () -> records.funnel(calls)));
        times.add(median(() -> reports.summary(filter)) + beside(cut, () -> List.of(records.funnel(calls),
                records.completedInternships(calls))));
        times.add(median(() -> reports.territory(filter)) + beside(cut, () -> records.territoryRows(territorial)));
        times.add(median(() -> reports.sectors(filter, Locale.ITALIAN))
                + beside(cut, () -> records.sectors(territorial, false)));
        times.add(median(() -> reports.profile(filter)) + beside(cut, () -> records.profileCounts(territorial)));
        times.add(median(() -> reports.services(filter)) + beside(cut, () -> records.services(calls)));
        return times;
    }

    /** " / " and the records' time, over a cut period only (over whole months it is about the same). */
    private static String beside(boolean cut, Callable<?> fromRecords) throws Exception {
        return cut ? " / " + median(RECORD_ROUNDS, fromRecords) : "";
    }

    /** A whole programme, one call, one call and one region, and a programme of fewer pathways. */
    private static Map<String, ReportFilter> scopes() {
        Map<String, ReportFilter> scopes = new LinkedHashMap<>();
        scopes.put("programme=PUOI", new ReportFilter(List.of(), "PUOI", null, AS_OF));
        scopes.put("call=PUOI-2019", new ReportFilter(List.of("PUOI-2019"), null, null, AS_OF));
        scopes.put("call=PUOI-2019&region=03", new ReportFilter(List.of("PUOI-2019"), null, "03", AS_OF));
        scopes.put("programme=PERCORSI", new ReportFilter(List.of(), "PERCORSI", null, AS_OF));
        return scopes;
    }

    private Map<String, Long> times(ReportFilter filter) throws Exception {
        Map<String, Long> times = new LinkedHashMap<>();
        times.put("funnel", median(() -> reports.funnel(filter)));
        times.put("summary", median(() -> reports.summary(filter)));
        times.put("territory", median(() -> reports.territory(filter)));
        times.put("sectors", median(() -> reports.sectors(filter, Locale.ITALIAN)));
        times.put("profile", median(() -> reports.profile(filter)));
        times.put("services", median(() -> reports.services(filter)));
        times.put("outcomes", median(() -> reports.outcomes(filter)));
        return times;
    }

    private String volumes() {
        return jdbc.sql("""
                SELECT format('%s participants, %s clearances, %s internships, %s service-hour rows, %s contracts, '
                              || '%s outcome facts',
                    (SELECT count(*) FROM participant.participant), (SELECT count(*) FROM clearance.clearance),
                    (SELECT count(*) FROM internship.internship), (SELECT count(*) FROM accounting.service_delivery),
                    (SELECT count(*) FROM outcome.contract), (SELECT count(*) FROM outcome.internship_outcome))""")
                .query(String.class).single();
    }

    private static String loadAverage() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    }

    private static long median(Callable<?> call) throws Exception {
        return median(ROUNDS, call);
    }

    /** The median of {@code rounds} warm calls, after {@value #WARM_UP} calls to warm up (one for slow ones). */
    private static long median(int rounds, Callable<?> call) throws Exception {
        return Timings.median(rounds < ROUNDS ? 1 : WARM_UP, rounds, call);
    }
}
