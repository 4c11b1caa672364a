package it.integra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo dataset reproduces every figure the programmes published (domain.md, section 2), asked
 * number by number through the public report API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "integra.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDatasetTests {

    @LocalServerPort
    int port;

    ApiClient analyst;

    @BeforeAll
    void logIn() {
        analyst = ApiClient.as(port, "analista", "demo-analista");
    }

    private JsonNode report(String name, String query) {
        var response = analyst.get("/api/v1/reports/" + name + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return analyst.json(response);
    }

    @Test
    void percorsiResultsAndOutcomesAreThePublishedOnes() {
        JsonNode summary = report("summary", "programme=PERCORSI");
        assertThat(List.of(summary.get("providers").asLong(), summary.get("pathwaysFunded").asLong(),
                summary.get("internshipsStarted").asLong(), summary.get("internshipsCompleted").asLong()))
                .containsExactly(403L, 2048L, 1965L, 1782L);
        JsonNode outcomes = report("outcomes", "programme=PERCORSI");
        assertThat(outcomes.get("completed").asLong()).isEqualTo(1782);
        List<Long> employed = new ArrayList<>();
        outcomes.get("windows").forEach(window -> {
            assertThat(window.get("observed").asLong()).isEqualTo(1782);
            employed.add(window.get("employed").asLong());
        });
        assertThat(employed).containsExactly(419L, 589L, 860L);
    }

    @Test
    void puoiFunnelIsThePublishedOne() {
        JsonNode funnel = report("funnel", "programme=PUOI");
        assertThat(List.of(funnel.get("providersApplied").asLong(), funnel.get("providersEligible").asLong(),
                funnel.get("providersWithClearance").asLong(), funnel.get("clearancesRequested").asLong(),
                funnel.get("clearancesGranted").asLong(), funnel.get("internshipsStarted").asLong(),
                funnel.get("cancelledAfterClearance").asLong()))
                .containsExactly(429L, 362L, 219L, 5099L, 3734L, 2121L, 1613L);
    }

    @Test
    void piemonteTableMatchesRowByRow() {
        JsonNode territory = report("territory", "programme=PUOI&region=01");
        Map<String, List<Long>> rows = new HashMap<>();
        territory.get("rows").forEach(row -> rows.put(row.get("province").asString(), counts(row)));
        assertThat(rows).containsOnly(
                Map.entry("AL", List.of(10L, 8L, 3L, 2L, 3L, 18L)),
                Map.entry("AT", List.of(0L, 1L, 0L, 1L, 0L, 1L)),
                Map.entry("CN", List.of(4L, 13L, 4L, 3L, 6L, 17L)),
                Map.entry("NO", List.of(1L, 2L, 0L, 1L, 1L, 3L)),
                Map.entry("TO", List.of(71L, 191L, 23L, 106L, 62L, 262L)),
                Map.entry("VC", List.of(0L, 2L, 0L, 2L, 0L, 2L)));
        assertThat(counts(territory.get("total"))).containsExactly(86L, 217L, 30L, 115L, 72L, 303L);
    }

    private static List<Long> counts(JsonNode row) {
        return List.of(row.get("notActivated").asLong(), row.get("activated").asLong(), row.get("ongoing").asLong(),
                row.get("completed").asLong(), row.get("terminated").asLong(), row.get("total").asLong());
    }

    @Test
    void piemonteTraineesHaveThePublishedProfile() {
        JsonNode profile = report("profile", "programme=PUOI&region=01");
        assertThat(percent(profile, "priorWorkExperience", 0)).isEqualTo("88");
        assertThat(percent(profile, "professionalQualification", 0)).isEqualTo("31");
        assertThat(percent(profile, "housedInReception", 0)).isEqualTo("74");
        assertThat(percent(profile, "goodLanguageKnowledge", 0)).isEqualTo("97");
        assertThat(percent(profile, "languageCertificateA1", 1)).isEqualTo("84.1");
        assertThat(percent(profile, "languageCertificateA2", 0)).isEqualTo("75");
    }

    private static String percent(JsonNode profile, String indicator, int decimals) {
        double share = profile.get(indicator).get("share").asDouble() * 100;
        return java.math.BigDecimal.valueOf(share).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void piemonteHostSectorsComeInThePublishedOrder() {
        List<String> sections = new ArrayList<>();
        report("sectors", "programme=PUOI&region=01").get("rows").forEach(row -> sections.add(row.get("section").asString()));
        assertThat(sections.subList(0, 8)).containsExactly("I", "G", "C", "Q", "N", "A", "S", "F");
    }

    @Test
    void insideStartedAndCompletedThePublishedInternships() {
        JsonNode summary = report("summary", "programme=INSIDE");
        assertThat(summary.get("internshipsStarted").asLong()).isEqualTo(753);
        assertThat(summary.get("internshipsCompleted").asLong()).isEqualTo(569);
    }

    @Test
    void theLoginPageShowsTheDemoUsers() {
        String login = ApiClient.anonymous(port).get("/login").body();
        assertThat(login).contains("funzionario / demo-funzionario", "operatore / demo-operatore");
    }
}
