package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The monitoring pack PDF and the download links of the Monitoraggio page, on the interchange sample. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPackTests {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    TestUsers users;
    MockHttpSession admin;

    @BeforeAll
    void importTheSample() throws Exception {
        TestData.empty(jdbc);
        TestData.importSample(ApiClient.as(port, "admin", "admin-test-password"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        users = new TestUsers(jdbc, encoder);
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
    }

    @Test
    void thePackOfACallHoldsItsCodeAndItsKeyFiguresInItalian() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/monitoring/pack.pdf").param("call", "PUOI-H1")
                .param("asOf", "2021-09-30").session(admin)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"monitoring-PUOI-H1.pdf\"");
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("Pacchetto di monitoraggio", "PUOI-H1", "PUOI", "30 settembre 2021");
        text = text.replace(" ", "");
        // funnel: requested, granted, started, completed, cancelled; providers applied and eligible
        assertThat(text).contains("Nullaostarichiesti1.900", "Nullaostaconcessi1.404", "Tirociniavviati818",
                "Tirociniconclusi517", "Annullatidopoilnullaosta434", "Enticandidati100", "Entiammessi72");
        // territory total row and outcomes at 3, 6 and 12 months
        assertThat(text).contains("Totale5868181265171751.404", "RM3966134211105");
        assertThat(text).contains("3mesi51715930,8%", "6mesi51720138,9%", "12mesi51326150,9%");
        assertThat(text).contains("Orediserviziorispettoalmodello", "Accoglienzaepresaincarico");
    }

    @Test
    void aMalformedReferenceDateIsRefusedNamingItsField() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/monitoring/pack.pdf").param("call", "PUOI-H1")
                .param("asOf", "2023-02-30").session(admin)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Data di riferimento (asOf)", "2023-02-30");
    }

    @Test
    void thePackOfAProgrammeFollowsTheLanguageOfTheUser() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/monitoring/pack.pdf").param("programme", "PERCORSI")
                .param("asOf", "2021-09-30").cookie(new Cookie("integra-lang", "en")).session(admin))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("Monitoring pack", "PERCORSI", "September 30, 2021", "Clearances granted",
                "Employment outcomes", "Pathways with clearance by province");
        assertThat(text).doesNotContain("Pacchetto di monitoraggio");
    }

    @Test
    void refusesThePackToProvidersAndRegionalAnalystsAndWithoutACallOrProgramme() throws Exception {
        String provider = users.create("pack-provider", Role.PROVIDER);
        String analyst = users.create("pack-analyst", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '12' WHERE username = :u").param("u", analyst).update();
        String nationalAnalyst = users.create("pack-national", Role.ANALYST);

        assertThat(packStatus(provider, "call", "PUOI-H1")).isEqualTo(403);
        assertThat(packStatus(analyst, "call", "PUOI-H1")).isEqualTo(403);
        assertThat(packStatus(nationalAnalyst, "call", "PUOI-H1")).isEqualTo(200);
        assertThat(packStatus(nationalAnalyst, "call", "NOPE")).isEqualTo(400);
        assertThat(packStatus(nationalAnalyst, "region", "12")).isEqualTo(400);
    }

    @Test
    void thePageLinksEveryReportAsCsvAndXlsxAndThePackWhenACallIsChosen() throws Exception {
        String page = mvc.perform(get("/monitoring").param("call", "PUOI-H1").param("asOf", "2021-09-30").session(admin))
                .andReturn().getResponse().getContentAsString();

        for (String report : new String[] {"funnel", "summary", "territory", "sectors", "profile", "services", "outcomes"}) {
            String link = "/api/v1/reports/" + report + "?call=PUOI-H1&amp;asOf=2021-09-30";
            assertThat(page).as(report).contains(link + "&amp;format=csv", link + "&amp;format=xlsx");
        }
        assertThat(page).contains("href=\"/monitoring/pack.pdf?call=PUOI-H1&amp;asOf=2021-09-30\"",
                "Scarica il pacchetto di monitoraggio (PDF)");

        String everything = mvc.perform(get("/monitoring").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(everything).contains("format=xlsx").doesNotContain("pack.pdf");
    }

    @Test
    void everyDownloadLinkOfThePageAnswersInTheBrowsersSession() throws Exception {
        String page = mvc.perform(get("/monitoring").param("programme", "PERCORSI").param("region", "12")
                .param("asOf", "2021-09-30").session(admin)).andReturn().getResponse().getContentAsString();
        List<String> links = Pattern.compile("href=\"(/(api/v1/reports|monitoring/pack)[^\"]+)\"").matcher(page)
                .results().map(m -> m.group(1).replace("&amp;", "&")).toList();

        assertThat(links).hasSize(15).contains("/monitoring/pack.pdf?programme=PERCORSI&region=12&asOf=2021-09-30");
        for (String link : links) {
            MockHttpServletResponse response = mvc.perform(get(link).session(admin)).andReturn().getResponse();
            assertThat(response.getStatus()).as(link).isEqualTo(200);
            if (link.startsWith("/monitoring/pack")) {
                assertThat(text(response.getContentAsByteArray())).contains("Lazio", "PERCORSI");
            }
        }
    }

    private int packStatus(String username, String parameter, String value) throws Exception {
        MockHttpSession session = WebSessions.login(mvc, username, TestUsers.PASSWORD);
        return mvc.perform(get("/monitoring/pack.pdf").param(parameter, value).session(session)).andReturn()
                .getResponse().getStatus();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
