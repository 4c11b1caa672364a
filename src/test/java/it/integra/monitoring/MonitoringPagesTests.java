package it.integra.monitoring;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.platform.WebSessions;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ReviewNotes notes;

    MockMvc mvc;

    @BeforeAll
    void importTheSample() {
        TestData.empty(jdbc);
        TestData.importSample(ApiClient.as(port, "admin", "admin-test-password"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void showsTheFiguresOfARegionWithItsReviewNotes() throws Exception {
        CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
        notes.add(new ReviewNotes.AddNote("12", "GUIDANCE", "STRENGTH", "Reti più ampie tra accoglienza e lavoro",
                LocalDate.of(2021, 10, 1)), officer);

        var session = WebSessions.login(mvc, "admin", "admin-test-password");
        String page = mvc.perform(get("/monitoring").param("call", "PUOI-H1").param("region", "12")
                .param("asOf", "2021-09-30").session(session)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"territory-chart\"", "Reti più ampie tra accoglienza e lavoro", "Orientamento",
                ">RM<", ">105<", ">241<");
    }

    @Test
    void aMalformedReferenceDateIsShownOnThePageNamingItsField() throws Exception {
        var session = WebSessions.login(mvc, "admin", "admin-test-password");
        var response = mvc.perform(get("/monitoring").param("call", "PUOI-H1").param("asOf", "30/09/2021")
                .session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Data di riferimento (asOf)", "30/09/2021",
                "id=\"territory-chart\"");
    }

    @Test
    void refusesIncompleteNotesAndNotesByAnalysts() {
        CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
        CurrentUser analyst = new CurrentUser(5, "an", "Analista", Role.ANALYST, null, "01");

        assertThatThrownBy(() -> notes.add(new ReviewNotes.AddNote("99", "X", "Y", " ", null), officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations()).hasSize(5));
        assertThatThrownBy(() -> notes.add(new ReviewNotes.AddNote(null, null, null, null, null), officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("regionCode", "theme", "kind", "text", "notedOn"));
        assertThatThrownBy(() -> notes.add(new ReviewNotes.AddNote("01", "GUIDANCE", "STRENGTH", "x",
                Today.date()), analyst)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegionalAnalystGetsOnlyTheTerritorialReportsOfTheirRegion() {
        jdbc.sql("""
                INSERT INTO platform.app_user (username, display_name, password_hash, role, region_code)
                VALUES ('analyst-lazio', 'Analista Lazio', :hash, 'ANALYST', '12') ON CONFLICT DO NOTHING""")
                .param("hash", encoder.encode("analyst-password-12")).update();
        ApiClient lazio = ApiClient.as(port, "analyst-lazio", "analyst-password-12");

        var own = lazio.json(lazio.get("/api/v1/reports/territory?call=PUOI-H1"));
        assertThat(own.get("total").get("total").asLong()).isEqualTo(241);
        assertThat(lazio.get("/api/v1/reports/territory?call=PUOI-H1&region=01").statusCode()).isEqualTo(403);
        assertThat(lazio.get("/api/v1/reports/funnel?call=PUOI-H1").statusCode()).isEqualTo(403);
    }

    @Test
    void answersReportsAsCsvAndRefusesUnknownFilters() {
        ApiClient admin = ApiClient.as(port, "admin", "admin-test-password");

        String csv = admin.get("/api/v1/reports/territory?call=PUOI-H1&region=12", "text/csv").body();
        assertThat(csv.lines().findFirst()).hasValue("province,notActivated,activated,ongoing,completed,terminated,total");
        assertThat(csv).contains("RM,39,66,13,42,11,105", "TOTAL,94,147,28,91,28,241");
        assertThat(admin.get("/api/v1/reports/funnel?call=NOPE").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/v1/reports/services").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/v1/reports/services?programme=PERCORSI").statusCode()).isEqualTo(200);
    }

    @Test
    void publishesTheTerritoryToAnyoneWithSmallCountsSuppressed() {
        var response = ApiClient.anonymous(port).get("/api/v1/published/territory?call=PUOI-H1");
        assertThat(response.statusCode()).isEqualTo(200);
        var rows = ApiClient.anonymous(port).json(response).get("rows");
        rows.forEach(row -> row.properties().forEach(cell -> {
            if (cell.getValue().isNumber()) {
                assertThat(cell.getValue().asLong()).as(row.get("province") + " " + cell.getKey())
                        .satisfiesAnyOf(v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThan(4));
            }
        }));
        assertThat(rows.get(rows.size() - 1).get("total").asLong()).isEqualTo(1404);
        assertThat(ApiClient.anonymous(port).get("/api/v1/published/territory?call=PUOI-H1&region=12").statusCode())
                .isEqualTo(400);
        assertThat(ApiClient.anonymous(port).get("/api/v1/reports/territory?call=PUOI-H1").statusCode()).isEqualTo(401);
    }

    @Test
    void theOfficersHomePanelCountsTheirQueues() throws Exception {
        var session = WebSessions.login(mvc, "admin", "admin-test-password");
        String panel = mvc.perform(get("/monitoring/home-panel").session(session)).andReturn().getResponse()
                .getContentAsString();

        assertThat(panel).contains("id=\"work-applications\"", "id=\"work-clearances\"", "Richieste di nulla osta da decidere");
    }
}
