package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.monitoring.ReleaseAttacker.Count;
import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The open data releases of the interchange sample, as anyone reads them: the catalogue, the values
 * (checked against counts taken here straight from the clearances and internships, not from the
 * summaries the releases are read from), no relation between releases leaving a suppressed cell
 * alone, and the refusal of every free filter that used to let releases be differenced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OpenData openData;

    ApiClient anyone;
    List<Count> data;

    @BeforeAll
    void importTheSample() {
        TestData.empty(jdbc);
        TestData.importSample(ApiClient.as(port, "admin", "admin-test-password"));
        anyone = ApiClient.anonymous(port);
        data = counts();
    }

    /** Pathways ever granted by province and status, internships by section: per call and year of request. */
    private List<Count> counts() {
        List<Count> counts = new ArrayList<>(jdbc.sql("""
                        SELECT c.code, c.programme_code, CAST(extract(YEAR FROM k.requested_on) AS integer), k.province,
                               coalesce(i.status, 'NONE'), count(*)
                        FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                        LEFT JOIN internship.internship i ON i.clearance_id = k.id
                        WHERE k.status IN ('GRANTED', 'CANCELLED') GROUP BY 1, 2, 3, 4, 5""")
                .query((rs, n) -> new Count(Table.TERRITORY, rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), List.of("NONE", "ONGOING", "COMPLETED", "TERMINATED").indexOf(rs.getString(5)),
                        rs.getLong(6)))
                .list());
        counts.addAll(jdbc.sql("""
                        SELECT c.code, c.programme_code, CAST(extract(YEAR FROM k.requested_on) AS integer), i.host_section,
                               count(*)
                        FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
                        JOIN programme.call c ON c.id = k.call_id
                        WHERE i.host_section IN (SELECT code FROM reference.ateco_section) GROUP BY 1, 2, 3, 4""")
                .query((rs, n) -> new Count(Table.SECTORS, rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), 0, rs.getLong(5)))
                .list());
        return counts;
    }

    @Test
    void theCatalogueListsEveryCallProgrammeAndYear() {
        JsonNode catalogue = anyone.json(anyone.get("/api/v1/published"));
        List<String> releases = new ArrayList<>();
        catalogue.get("releases").forEach(r -> releases.add(r.get("kind").asString() + "=" + r.get("key").asString()));

        List<String> expected = new ArrayList<>();
        data.stream().map(c -> "call=" + c.call()).distinct().sorted().forEach(expected::add);
        data.stream().map(c -> "programme=" + c.programme()).distinct().sorted().forEach(expected::add);
        data.stream().map(c -> "year=" + c.year()).distinct().sorted().forEach(expected::add);
        assertThat(releases).containsExactlyElementsOf(expected).contains("call=PUOI-H1", "programme=PERCORSI");
        assertThat(catalogue.get("releases").get(0).get("territory").asString())
                .isEqualTo("/api/v1/published/territory?" + releases.get(0));
    }

    @Test
    void publishesTheTrueCountsAndNoSmallOne() {
        JsonNode territory = anyone.json(anyone.get("/api/v1/published/territory?call=PUOI-H1"));
        JsonNode total = territory.get("rows").get(territory.get("rows").size() - 1);
        assertThat(total.get("province").asString()).isEqualTo("TOTAL");
        assertThat(total.get("total").asLong()).isEqualTo(1404);
        assertThat(territory.get("release").get("key").asString()).isEqualTo("PUOI-H1");

        int published = 0;
        for (Release release : openData.releases().releases()) {
            for (Table table : Table.values()) {
                String path = "/api/v1/published/" + table.name().toLowerCase() + "?" + release.kind().parameter()
                        + "=" + release.key();
                String label = table == Table.TERRITORY ? "province" : "section";
                for (JsonNode row : anyone.json(anyone.get(path)).get("rows")) {
                    String name = row.get(label).asString();
                    long[] expected = expected(release, table, "TOTAL".equals(name) ? null : name);
                    for (int c = 0; c < expected.length; c++) {
                        String column = c < table.columns().size() ? table.columns().get(c) : "total";
                        JsonNode cell = row.get(column);
                        if (expected[c] >= 1 && expected[c] <= Suppression.THRESHOLD) {
                            assertThat(cell.isNull()).as(path + " " + name + " " + column).isTrue();
                        } else if (!cell.isNull()) {
                            assertThat(cell.asLong()).as(path + " " + name + " " + column).isEqualTo(expected[c]);
                            published++;
                        }
                    }
                }
            }
        }
        assertThat(published).isGreaterThan(500);
    }

    @Test
    void noRelationBetweenTheSamplesReleasesLeavesASuppressedCellAlone() {
        assertThat(new ReleaseRelations(data, openData.releases()).withOneSuppressedCell()).isEmpty();
    }

    @Test
    void refusesAnyFilterThatWouldCutAReleaseFiner() {
        for (String query : List.of("call=PUOI-H1&region=12", "call=PUOI-H1&from=2019-01-01",
                "call=PUOI-H1&to=2019-12-31", "call=PUOI-H1&province=TO", "call=PUOI-H1&call=PERC-H1",
                "call=PUOI-H1&programme=PUOI", "", "year=2019&format=xml")) {
            var response = anyone.get("/api/v1/published/territory?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(anyone.json(anyone.get("/api/v1/published/sectors?year=2019&from=2019-06-01")).get("detail")
                .asString()).contains("\"from\"");
        var unknown = anyone.get("/api/v1/published/sectors?call=NOPE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(anyone.json(unknown).get("detail").asString()).contains("call=NOPE");
        assertThat(anyone.get("/api/v1/published/territory?year=1990").statusCode()).isEqualTo(404);
    }

    @Test
    void answersCsvWithEmptyCellsWhereSuppressed() {
        String csv = anyone.get("/api/v1/published/territory?programme=PUOI&format=csv").body();
        JsonNode json = anyone.json(anyone.get("/api/v1/published/territory?programme=PUOI"));
        long nulls = 0;
        for (JsonNode row : json.get("rows")) {
            for (String column : List.of("notActivated", "ongoing", "completed", "terminated", "total")) {
                nulls += row.get(column).isNull() ? 1 : 0;
            }
        }

        assertThat(csv.lines().findFirst()).hasValue("province,notActivated,ongoing,completed,terminated,total");
        assertThat(csv.lines().filter(line -> line.startsWith("TOTAL,"))).hasSize(1);
        assertThat(csv.lines().skip(1).mapToLong(line -> line.split(",", -1).length == 6
                ? java.util.Arrays.stream(line.split(",", -1)).filter(String::isEmpty).count() : -1000).sum())
                .isEqualTo(nulls).isPositive();
    }

    private long[] expected(Release release, Table table, String row) {
        int columns = table.columns().size();
        long[] expected = new long[columns + (table.rowTotals() ? 1 : 0)];
        data.stream().filter(c -> c.table() == table && (row == null || c.row().equals(row))).filter(c -> switch (release.kind()) {
            case CALL -> c.call().equals(release.key());
            case PROGRAMME -> c.programme().equals(release.key());
            case YEAR -> String.valueOf(c.year()).equals(release.key());
        }).forEach(c -> {
            expected[c.column()] += c.count();
            if (table.rowTotals()) {
                expected[columns] += c.count();
            }
        });
        return expected;
    }
}
