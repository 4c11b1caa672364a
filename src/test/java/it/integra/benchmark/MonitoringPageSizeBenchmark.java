package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.monitoring.PageWeight;
import it.integra.platform.WebSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 17: the links and bytes of the Monitoraggio page on the demo at scale N (default 1), national
 * and for one region, for the table of docs/benchmarks.md. Sizes do not depend on the machine's load; they
 * grow with the scale only by the digits of the figures. Each page is kept as target/monitoring-N-i.html. Not part of the suite (Surefire skips
 * *Benchmark*; {@code NationalMonitoringPageTests} asserts the same limits at scale 1): run it with
 * {@code ./mvnw -B -o test -Dtest=MonitoringPageSizeBenchmark [-Dscale=100 -Ddata=/copy/of/data100 -Dephemeral=false]}.
 */
@SpringBootTest(properties = {"integra.demo=true", "integra.demo.scale=${scale:1}",
    "integra.data-dir=${data:${java.io.tmpdir}/integra-test/${random.uuid}}",
    "integra.database.ephemeral=${ephemeral:true}"})
class MonitoringPageSizeBenchmark {

    static final List<String> SCOPES = List.of("", "programme=PUOI", "programme=PERCORSI",
            "call=PUOI-2019", "programme=PUOI&region=03", "programme=PUOI&from=2020-03-15&to=2021-06-10");

    @Value("${scale:1}")
    int scale;

    @Autowired
    WebApplicationContext context;

    @Test
    void weighsThePageForNationalAndRegionalScopes() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = WebSessions.login(mvc, "funzionario", "demo-funzionario");
        StringBuilder table = new StringBuilder("| scope | links | bytes |\n|---|---|---|\n");
        SoftAssertions softly = new SoftAssertions();
        for (String scope : SCOPES) {
            var response = mvc.perform(get("/monitoring?asOf=2023-12-31&" + scope).session(session))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(scope).isEqualTo(200);
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(scope).contains("id=\"territory-table\"");
            PageWeight weight = PageWeight.of(html);
            Files.writeString(Path.of("target", "monitoring-" + scale + "-" + SCOPES.indexOf(scope) + ".html"), html);
            table.append(String.format("| %s | %d | %,d |%n", scope.isEmpty() ? "(none)" : scope, weight.links(),
                    weight.bytes()));
            softly.assertThat(weight.links()).as("links, " + scope).isLessThan(PageWeight.MAX_LINKS);
            softly.assertThat(weight.bytes()).as("bytes, " + scope).isLessThan(PageWeight.MAX_BYTES);
        }
        System.out.printf("%nBENCHMARK Monitoraggio page size at scale %d (asOf 2023-12-31):%n%s", scale, table);
        softly.assertAll();
    }
}
