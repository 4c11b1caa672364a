package it.integra.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.interchange.InterchangeManagement;
import it.integra.outcome.OutcomeViews.Breakdown;
import it.integra.outcome.OutcomeViews.Curve;
import it.integra.outcome.OutcomeViews.GroupRow;
import it.integra.outcome.OutcomeViews.Headline;
import it.integra.outcome.OutcomeViews.Mix;
import it.integra.outcome.OutcomeViews.MixRow;
import it.integra.outcome.OutcomeViews.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The outcome figures of the hand-computed programme of {@link OutcomeFixture}, as of 30 June 2021. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeFiguresTests {

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    @LocalServerPort
    int port;

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeFigures figures;

    @Autowired
    OutcomeCurves curves;

    @Autowired
    EsfIndicators esf;

    ApiClient admin;
    OutcomeScope scope;

    @BeforeAll
    void load() {
        new OutcomeFixture(interchange, jdbc).load();
        admin = ApiClient.as(port, "admin", "admin-test-password");
        scope = OutcomeScope.calls(jdbc.sql("SELECT id FROM programme.call WHERE code = :c")
                .param("c", OutcomeFixture.CALL).query(Long.class).list());
    }

    @Test
    void theOutcomesReportOfTheContractAnswersTheHandComputedFigures() {
        JsonNode report = report(AS_OF);

        assertThat(report.get("asOf").asString()).isEqualTo("2021-06-30");
        assertThat(report.get("completed").asLong()).isEqualTo(8);
        assertThat(windows(report)).containsExactly("3:7:4", "6:6:4", "12:6:4");
        assertThat(report.get("windows").get(0).get("rate").asDouble()).isEqualTo(4.0 / 7);
    }

    @Test
    void aWindowThatHasNotClosedIsNotCountedAsAFailure() {
        assertThat(windows(report(LocalDate.of(2020, 9, 15)))).containsExactly("3:6:3", "6:0:0", "12:0:0");
        assertThat(windows(report(LocalDate.of(2020, 9, 14)))).containsExactly("3:0:0", "6:0:0", "12:0:0");
    }

    @Test
    void countsHiresByTheHostAndEarlyEndedInternshipsApart() {
        Headline completed = figures.headline(scope, EndStatus.COMPLETED, AS_OF);
        Headline terminated = figures.headline(scope, EndStatus.TERMINATED, AS_OF);

        assertThat(completed.window(12).hiredByHost()).isEqualTo(1);
        assertThat(completed.window(12).hostShareOfEmployed()).isEqualTo(0.25);
        assertThat(terminated.ended()).isEqualTo(1);
        assertThat(terminated.window(3)).isEqualTo(new Window(3, 1, 1, 0));
    }

    @Test
    void describesTheFirstContractsByKindAndDuration() {
        Mix mix = figures.mix(scope, EndStatus.COMPLETED, AS_OF);

        assertThat(mix.employed()).containsExactly(4L, 4L, 4L);
        assertThat(counts(mix.kinds(), 2)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OPEN_ENDED", 1L, "FIXED_TERM", 2L, "APPRENTICESHIP", 1L, "OTHER", 0L));
        assertThat(counts(mix.durations(), 2)).containsExactlyInAnyOrderEntriesOf(Map.of("OPEN_ENDED", 1L,
                "NO_END_DATE", 0L, "UP_TO_3_MONTHS", 2L, "UP_TO_6_MONTHS", 1L, "UP_TO_12_MONTHS", 0L,
                "OVER_12_MONTHS", 0L));
    }

    @Test
    void breaksTheWindowsDownByProvinceAndAgeBand() {
        List<Breakdown> breakdowns = figures.breakdowns(scope, EndStatus.COMPLETED, AS_OF, Locale.ITALIAN);

        assertThat(rows(breakdowns, Dimension.PROVINCE)).containsExactly("RM:3:2:1", "TO:5:4:3");
        assertThat(rows(breakdowns, Dimension.AGE_BAND)).containsExactly("UNDER_18:2:2:2", "FROM_18_TO_24:1:0:0",
                "FROM_30_TO_54:5:4:2");
        assertThat(rows(breakdowns, Dimension.SECTOR)).hasSize(2);
    }

    @Test
    void everyBreakdownSplitsTheSameInternshipsAndTheOneCallIsOneRow() {
        List<Breakdown> breakdowns = figures.breakdowns(scope, EndStatus.COMPLETED, AS_OF, Locale.ITALIAN);

        assertThat(rows(breakdowns, Dimension.CALL)).containsExactly(OutcomeFixture.CALL + ":8:6:4");
        assertThat(rows(breakdowns, Dimension.SEX)).extracting(row -> row.substring(0, 2)).containsExactly("F:", "M:");
        for (Dimension dimension : Dimension.values()) {
            long[] sums = new long[3];
            for (String row : rows(breakdowns, dimension)) {
                String[] parts = row.split(":");
                for (int i = 0; i < 3; i++) {
                    sums[i] += Long.parseLong(parts[parts.length - 3 + i]);
                }
            }
            assertThat(sums).as(dimension.name()).containsExactly(8, 6, 4);
        }
    }

    @Test
    void comparesCohortsWithTheWholeScopeDrawnFirst() {
        List<Curve> byCall = curves.curves(scope, EndStatus.COMPLETED, AS_OF, Cohort.CALL);
        List<Curve> byYear = curves.curves(scope, EndStatus.COMPLETED, AS_OF, Cohort.YEAR);
        Curve everyone = curves.curves(scope, EndStatus.COMPLETED, AS_OF, Cohort.NONE).get(0);

        assertThat(byCall).extracting(Curve::cohort).containsExactly(OutcomeCurves.EVERYONE, OutcomeFixture.CALL);
        assertThat(byCall.get(1).points()).as("one call: its curve is the whole scope's").isEqualTo(everyone.points());
        assertThat(byYear.get(0).points()).isEqualTo(everyone.points());
        assertThat(byYear.subList(1, byYear.size()).stream().mapToLong(Curve::ended).sum())
                .as("the years of the end split the internships").isEqualTo(8);
        assertThat(byYear.subList(1, byYear.size())).extracting(Curve::cohort).allMatch(year -> year.matches("20\\d\\d"));
    }

    @Test
    void drawsTheCumulativeCurveOfTheObservedOnly() {
        Curve everyone = curves.curves(scope, EndStatus.COMPLETED, AS_OF, Cohort.NONE).get(0);

        assertThat(everyone.cohort()).isEqualTo(OutcomeCurves.EVERYONE);
        assertThat(everyone.points()).hasSize(25);
        assertThat(everyone.points().get(0)).isEqualTo(new OutcomeViews.Point(0, 8, 1));
        assertThat(everyone.points().get(1)).isEqualTo(new OutcomeViews.Point(1, 8, 3));
        assertThat(everyone.points().get(3)).isEqualTo(new OutcomeViews.Point(3, 7, 4));
        assertThat(everyone.points().get(24)).isEqualTo(new OutcomeViews.Point(24, 0, 0));
    }

    @Test
    void computesTheEsfIndicators() {
        Map<String, EsfIndicator> indicators = esf.indicators(scope, AS_OF).stream()
                .collect(Collectors.toMap(EsfIndicator::code, i -> i));

        assertThat(indicators.get("EECO01")).isEqualTo(new EsfIndicator("EECO01", false, true, 5, 5, null));
        assertThat(indicators.get("EECO06").total()).isEqualTo(2);
        assertThat(indicators.get("EECO07").total()).isEqualTo(1);
        assertThat(indicators.get("EECO16").total()).isEqualTo(5);
        assertThat(indicators.get("EECO12").available()).isFalse();
        assertThat(indicators.get("EECR04")).isEqualTo(new EsfIndicator("EECR04", true, true, 1, 3, 9L));
        assertThat(indicators.get("EECR05")).isEqualTo(new EsfIndicator("EECR05", true, true, 3, 1, 7L));
    }

    @Test
    void exportsTheEsfIndicatorsAsCsvForStaffOnly() {
        var csv = admin.get("/api/v1/outcomes/esf?call=" + OutcomeFixture.CALL + "&asOf=2021-06-30", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(11).first().isEqualTo("indicator,description,as_of,women,men,total,base,rate");
        assertThat(csv.body()).contains("EECR05,", ",2021-06-30,3,1,4,7,0.5714");
        assertThat(admin.get("/api/v1/outcomes/esf?call=NOPE").statusCode()).isEqualTo(400);
        assertThat(ApiClient.anonymous(port).get("/api/v1/outcomes/esf").statusCode()).isEqualTo(401);
    }

    private JsonNode report(LocalDate asOf) {
        var response = admin.get("/api/v1/reports/outcomes?call=" + OutcomeFixture.CALL + "&asOf=" + asOf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return admin.json(response);
    }

    private static List<String> windows(JsonNode report) {
        return report.get("windows").valueStream()
                .map(w -> w.get("months").asInt() + ":" + w.get("observed").asLong() + ":" + w.get("employed").asLong())
                .toList();
    }

    private static Map<String, Long> counts(List<MixRow> rows, int window) {
        return rows.stream().collect(Collectors.toMap(MixRow::key, row -> row.counts().get(window)));
    }

    /** Key, ended, observed and employed at 12 months, in the breakdown's order. */
    private static List<String> rows(List<Breakdown> breakdowns, Dimension dimension) {
        List<GroupRow> rows = breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst().orElseThrow().rows();
        return rows.stream().map(r -> r.key() + ":" + r.ended() + ":" + r.windows().get(2).observed() + ":"
                + r.windows().get(2).employed()).toList();
    }
}
