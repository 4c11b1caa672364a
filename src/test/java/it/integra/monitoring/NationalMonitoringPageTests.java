package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.platform.WebSessions;
import it.integra.shared.Territory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The Monitoraggio page for a national scope on the demo (all 20 regions): small (issue 17: fewer than
 * 200 links, under 60 KB of HTML: sizes, not timings), and its province table grouped by region with
 * subtotals that agree with the report asked region by region.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "integra.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalMonitoringPageTests {

    private static final Pattern REGION_ROW = Pattern.compile("<tr class=\"region\"><th\\s+scope=\"rowgroup\"><a "
            + "href=\"[^\"]*region=(\\d\\d)[^\"]*\">([^<]*)</a></th>((?:<td>\\d+</td>){6})</tr>");
    private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    @Autowired
    WebApplicationContext context;
    @Autowired
    MonitoringReports reports;

    MockMvc mvc;
    MockHttpSession officer;

    @BeforeAll
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        officer = WebSessions.login(mvc, "funzionario", "demo-funzionario");
    }

    private String page(String query) throws Exception {
        var response = mvc.perform(get("/monitoring?" + query).session(officer)).andReturn().getResponse();
        assertThat(response.getStatus()).as(query).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "programme=PUOI", "programme=PERCORSI", "programme=PUOI&asOf=2022-12-31",
            "call=PUOI-2019&asOf=2022-12-31"})
    void hasFewerThan200LinksAndWeighsUnder60Kb(String query) throws Exception {
        String html = page(query);
        PageWeight weight = PageWeight.of(html);

        assertThat(html).contains("id=\"territory-table\"", "id=\"sectors-table\"", "id=\"profile-section\"");
        assertThat(weight.links()).as("links on /monitoring?" + query).isLessThan(PageWeight.MAX_LINKS);
        assertThat(weight.bytes()).as("bytes of /monitoring?" + query).isLessThan(PageWeight.MAX_BYTES);
    }

    @Test
    void eachRegionsSubtotalIsTheReportAskedForThatRegion() throws Exception {
        Map<String, List<Long>> subtotals = new LinkedHashMap<>();
        Matcher row = REGION_ROW.matcher(page("programme=PUOI&asOf=" + AS_OF));
        while (row.find()) {
            assertThat(HtmlUtils.htmlUnescape(row.group(2))).isEqualTo(Territory.region(row.group(1)).orElseThrow().name());
            subtotals.put(row.group(1), Arrays.stream(row.group(3).replace("<td>", "").split("</td>"))
                    .map(Long::valueOf).toList());
        }

        assertThat(subtotals.keySet()).containsExactlyElementsOf(Territory.regions().stream()
                .map(Territory.Region::code).filter(code -> !regionTotal(code).isEmpty()).toList());
        subtotals.forEach((region, figures) -> assertThat(figures).as(region).isEqualTo(regionTotal(region)));
        // Piemonte's published table (domain.md): 86 not activated, 217 activated, 30, 115, 72, 303
        assertThat(subtotals.get("01")).containsExactly(86L, 217L, 30L, 115L, 72L, 303L);
    }

    /** The report filtered by region in the database, or nothing for a region without pathways. */
    private List<Long> regionTotal(String region) {
        Reports.TerritoryCounts t = reports.territory(new ReportFilter(List.of(), "PUOI", region, AS_OF, null, null,
                null)).total();
        return t.total() == 0 ? List.of() : List.of(t.notActivated(), t.activated(), t.ongoing(), t.completed(),
                t.terminated(), t.total());
    }

    @Test
    void aRegionsTableLinksEveryFigureToItsRecords() throws Exception {
        String html = page("programme=PUOI&region=01&asOf=" + AS_OF);

        assertThat(html).doesNotContain("class=\"region\"")
                .contains("/monitoring/records?figure=territory.total&amp;programme=PUOI&amp;region=01&amp;province=TO\">262<",
                        "/monitoring/records?figure=territory.notActivated&amp;programme=PUOI&amp;region=01&amp;province=AL\">10<",
                        "/monitoring/records?figure=territory.total&amp;programme=PUOI&amp;region=01\">303<");
    }
}
