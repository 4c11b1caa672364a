package it.integra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * At scale 2 the demo holds every pathway twice: the reports count exactly twice the published
 * figures, the providers are the same, the shares do not move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"integra.demo=true", "integra.demo.scale=2"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAtScaleTests {

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
    void theFunnelCountsPathwaysTwiceAndProvidersOnce() {
        JsonNode funnel = report("funnel", "programme=PUOI");
        assertThat(List.of(funnel.get("providersApplied").asLong(), funnel.get("providersEligible").asLong(),
                funnel.get("providersWithClearance").asLong(), funnel.get("clearancesRequested").asLong(),
                funnel.get("clearancesGranted").asLong(), funnel.get("internshipsStarted").asLong(),
                funnel.get("cancelledAfterClearance").asLong()))
                .containsExactly(429L, 362L, 219L, 2 * 5099L, 2 * 3734L, 2 * 2121L, 2 * 1613L);
    }

    @Test
    void summaryAndOutcomesAreTwiceThePublishedOnes() {
        JsonNode summary = report("summary", "programme=PERCORSI");
        assertThat(List.of(summary.get("providers").asLong(), summary.get("pathwaysFunded").asLong(),
                summary.get("internshipsStarted").asLong(), summary.get("internshipsCompleted").asLong()))
                .containsExactly(403L, 2 * 2048L, 2 * 1965L, 2 * 1782L);
        JsonNode outcomes = report("outcomes", "programme=PERCORSI");
        List<Long> employed = new ArrayList<>();
        outcomes.get("windows").forEach(window -> {
            assertThat(window.get("observed").asLong()).isEqualTo(2 * 1782);
            employed.add(window.get("employed").asLong());
        });
        assertThat(employed).containsExactly(2 * 419L, 2 * 589L, 2 * 860L);
    }

    @Test
    void piemonteDoublesRowByRowWithTheSameProfileShares() {
        JsonNode total = report("territory", "programme=PUOI&region=01").get("total");
        assertThat(List.of(total.get("notActivated").asLong(), total.get("activated").asLong(),
                total.get("ongoing").asLong(), total.get("completed").asLong(), total.get("terminated").asLong(),
                total.get("total").asLong())).containsExactly(2 * 86L, 2 * 217L, 2 * 30L, 2 * 115L, 2 * 72L, 2 * 303L);
        JsonNode profile = report("profile", "programme=PUOI&region=01");
        assertThat(profile.get("base").asLong()).isEqualTo(2 * 145);
        assertThat(profile.get("priorWorkExperience").get("count").asLong()).isEqualTo(2 * 128);
        assertThat(profile.get("languageCertificateA1").get("count").asLong()).isEqualTo(2 * 122);
        JsonNode sectors = report("sectors", "programme=PUOI&region=01").get("rows");
        assertThat(sectors.get(0).get("section").asString()).isEqualTo("I");
        assertThat(sectors.get(0).get("internships").asLong()).isEqualTo(2 * 62);
    }

    @Test
    void everyServiceAreaCountsEvenPathwaysAndHours() {
        long[] pathways = {0};
        report("services", "programme=PUOI").get("rows").forEach(row -> {
            assertThat(row.get("pathways").asLong() % 2).as(row.toString()).isZero();
            assertThat(row.get("complete").asLong() % 2).as(row.toString()).isZero();
            assertThat(row.get("hours").decimalValue().remainder(java.math.BigDecimal.valueOf(2)).signum()).as(row.toString()).isZero();
            pathways[0] += row.get("pathways").asLong();
        });
        assertThat(pathways[0]).isPositive();
    }
}
