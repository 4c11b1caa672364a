package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked example of the interchange contract: import the sample files through the API, then ask
 * every report through the API and compare every figure with the expected answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleContractTests {

    private static final List<String> REPORTS = List.of("funnel", "summary", "territory", "sectors", "profile", "outcomes");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    Map<String, JsonNode> answers;
    JsonNode expected;

    @BeforeAll
    void importTheSample() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        TestData.empty(jdbc);
        answers = TestData.importSample(admin);
        expected = JsonMapper.builder().build().readTree(ApiClient.resource("/sample/expected.json"));
    }

    @Test
    void storesEveryParticipantAndOnlyTheContractsOfParticipants() {
        JsonNode counts = expected.get("counts");
        assertThat(answers.get("participants").get("inserted").asLong()).isEqualTo(counts.get("participants").asLong());
        assertThat(answers.get("contracts").get("inserted").asLong()).isEqualTo(counts.get("contractsStored").asLong());
        assertThat(answers.get("contracts").get("skipped").asLong()).isEqualTo(counts.get("contractsSkipped").asLong());
        assertThat(jdbc.sql("SELECT count(*) FROM outcome.contract").query(Long.class).single())
                .isEqualTo(counts.get("contractsStored").asLong());
    }

    @Test
    void reimportingTheWholeSampleChangesNothing() {
        Map<String, JsonNode> again = TestData.importSample(admin);
        again.forEach((dataset, answer) -> {
            assertThat(answer.get("inserted").asLong()).as(dataset).isZero();
            assertThat(answer.get("updated").asLong()).as(dataset).isZero();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyReportAnswersTheExpectedFigures() {
        List<DynamicTest> tests = new ArrayList<>();
        String asOf = expected.get("asOf").asString();
        expected.get("byCall").properties().forEach(call -> REPORTS.forEach(report ->
                tests.add(check("call " + call.getKey() + " " + report, report, "call=" + call.getKey(), asOf,
                        call.getValue().get(report)))));
        expected.get("byProgramme").properties().forEach(programme -> REPORTS.forEach(report ->
                tests.add(check("programme " + programme.getKey() + " " + report, report,
                        "programme=" + programme.getKey(), asOf, programme.getValue().get(report)))));
        expected.get("regional").properties().forEach(regional -> {
            String[] callAndRegion = regional.getKey().split("/");
            REPORTS.forEach(report -> tests.add(check("regional " + regional.getKey() + " " + report, report,
                    "call=" + URLEncoder.encode(callAndRegion[0], StandardCharsets.UTF_8) + "&region=" + callAndRegion[1],
                    asOf, regional.getValue().get(report))));
        });
        return tests.stream();
    }

    private DynamicTest check(String name, String report, String query, String asOf, JsonNode expectedReport) {
        return DynamicTest.dynamicTest(name, () -> {
            var response = admin.get("/api/v1/reports/" + report + "?" + query + "&asOf=" + asOf);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode actual = admin.json(response);
            switch (report) {
                case "territory" -> assertTerritory(actual, expectedReport);
                case "sectors" -> assertThat(sectors(actual)).isEqualTo(sectors(expectedReport));
                default -> assertSameNumbers(actual, expectedReport, report);
            }
        });
    }

    private static void assertTerritory(JsonNode actual, JsonNode expected) {
        Map<String, JsonNode> rows = new HashMap<>();
        actual.get("rows").forEach(row -> rows.put(row.get("province").asString(), row));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.get("rows").propertyNames());
        expected.get("rows").properties().forEach(row ->
                assertSameNumbers(rows.get(row.getKey()), row.getValue(), row.getKey()));
        assertSameNumbers(actual.get("total"), expected.get("total"), "total");
    }

    private static Map<String, Long> sectors(JsonNode report) {
        Map<String, Long> counts = new HashMap<>();
        if (report.has("rows")) {
            report.get("rows").forEach(row -> counts.put(row.get("section").asString(), row.get("internships").asLong()));
        } else {
            report.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        }
        return counts;
    }

    /** Every number (and date) of the expected tree is in the actual tree at the same place. */
    private static void assertSameNumbers(JsonNode actual, JsonNode expected, String path) {
        assertThat(actual).as(path).isNotNull();
        if (expected.isObject()) {
            expected.properties().forEach(e -> assertSameNumbers(actual.get(e.getKey()), e.getValue(), path + "." + e.getKey()));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameNumbers(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else if (expected.isIntegralNumber()) {
            assertThat(actual.asLong()).as(path).isEqualTo(expected.asLong());
        } else if (expected.isNumber()) {
            assertThat(actual.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-12));
        } else {
            assertThat(actual.asString()).as(path).isEqualTo(expected.asString());
        }
    }
}
