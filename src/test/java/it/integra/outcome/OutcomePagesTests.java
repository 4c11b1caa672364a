package it.integra.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.InterchangeManagement;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Esiti pages: every role sees the figures its scope allows, names only where it may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomePagesTests {

    private static final String FILTER = "asOf=2021-06-30&call=" + OutcomeFixture.CALL;

    @Autowired
    WebApplicationContext context;

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    MockHttpSession admin;
    MockHttpSession analyst;
    MockHttpSession provider;

    @BeforeAll
    void load() throws Exception {
        new OutcomeFixture(interchange, jdbc).load();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUsers users = new TestUsers(jdbc, encoder);
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
        analyst = WebSessions.login(mvc, users.create("analyst", Role.ANALYST), TestUsers.PASSWORD);
        String operator = users.create("operator", Role.PROVIDER);
        jdbc.sql("UPDATE platform.app_user SET provider_id = (SELECT id FROM provider.provider WHERE code = 'OUT-P1') "
                + "WHERE username = :u").param("u", operator).update();
        provider = WebSessions.login(mvc, operator, TestUsers.PASSWORD);
    }

    @Test
    void showsTheHeadlineTheCurveAndTheBreakdowns() throws Exception {
        String page = html("/outcomes?" + FILTER, admin);

        assertThat(page).contains("id=\"headline-COMPLETED\"", "id=\"curve-chart\"", "data-type=\"line\"",
                "id=\"breakdown-province\"", "id=\"mix-kinds\"", "id=\"esf-csv\"");
        assertThat(page).contains("4 su 7 (57,1%)");
        assertThat(page).contains("/outcomes/internships?call=OUT-CALL&amp;asOf=2021-06-30&amp;status=COMPLETED&amp;measure=EMPLOYED&amp;months=3");
    }

    @Test
    void eachPointOfTheCurveTableLinksToTheInternshipsEmployedByThen() throws Exception {
        String page = html("/outcomes?" + FILTER, admin);
        String curve = page.substring(page.indexOf("id=\"curve-table\""), page.indexOf("id=\"mix-section\""));

        assertThat(curve).contains("measure=EMPLOYED&amp;months=0", "measure=EMPLOYED&amp;months=3");
        String employedAtOnce = html("/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=EMPLOYED&months=0",
                admin);
        assertThat(employedAtOnce).contains("<tbody>").doesNotContain("class=\"alert alert-info\"");
    }

    @Test
    void listsTheInternshipsBehindAFigureWithNamesForStaff() throws Exception {
        String list = html("/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=EMPLOYED&months=3", admin);

        assertThat(list).contains("OI-1", "OI-2", "OI-3", "OI-8", "Cognome8 Nome8").doesNotContain("OI-4<", "OI-5<");
    }

    @Test
    void analystsSeeCodesButNoNames() throws Exception {
        String list = html("/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=ENDED", analyst);

        assertThat(list).contains("OI-1", "OI-8").doesNotContain("Cognome");
        assertThat(html("/outcomes?" + FILTER, analyst)).contains("id=\"esf-csv\"");
    }

    @Test
    void aProvidersOperatorSeesOnlyItsOwnPathways() throws Exception {
        String list = html("/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=ENDED", provider);
        String page = html("/outcomes?" + FILTER, provider);

        assertThat(list).contains("OI-1", "OI-5", "Cognome1 Nome1").doesNotContain("OI-6", "OI-8");
        assertThat(page).contains("id=\"headline-COMPLETED\"").doesNotContain("id=\"esf-csv\"");
        assertThat(mvc.perform(get("/api/v1/outcomes/esf").session(provider)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anAnalystBoundToARegionSeesItsOwnAndIsRefusedAnotherRatherThanGivenItsOwnUnderItsName() throws Exception {
        String username = new TestUsers(jdbc, encoder).create("piemonte", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '01' WHERE username = :u").param("u", username).update();
        MockHttpSession piemonte = WebSessions.login(mvc, username, TestUsers.PASSWORD);

        assertThat(html("/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=ENDED&region=01", piemonte))
                .contains("OI-1", "OI-5").doesNotContain("OI-6", "OI-8", "Cognome");
        assertThat(html("/outcomes?" + FILTER, piemonte)).contains("id=\"headline-COMPLETED\"");
        for (String page : new String[] {"/outcomes?", "/outcomes/internships?"}) {
            assertThat(mvc.perform(get(page + FILTER + "&region=12").session(piemonte)).andReturn().getResponse()
                    .getStatus()).as(page).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/v1/outcomes/esf?" + FILTER + "&region=12")
                .with(httpBasic(username, TestUsers.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aListWithNamesIsOneEntryOfTheAccessLogWithHowManyPeopleAndAnAnalystsListNone() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        String officer = users.create("outcome-officer", Role.OFFICER);
        String pseudonymous = users.create("outcome-analyst", Role.ANALYST);
        String employed = "/outcomes/internships?" + FILTER + "&status=COMPLETED&measure=EMPLOYED&months=3";

        html(employed, WebSessions.login(mvc, officer, TestUsers.PASSWORD));
        html(employed, WebSessions.login(mvc, pseudonymous, TestUsers.PASSWORD));

        assertThat(accessLogOf(officer)).containsExactly("SEARCH LIST outcomes/internships call=" + OutcomeFixture.CALL
                + " asOf=2021-06-30 status=COMPLETED measure=EMPLOYED months=3 page=0 4");
        assertThat(accessLogOf(pseudonymous)).isEmpty();
    }

    private List<String> accessLogOf(String username) {
        return jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || target || ' ' || filter || ' ' || people
                        FROM participant.access_log WHERE username = :u ORDER BY id""")
                .param("u", username).query(String.class).list();
    }

    @Test
    void refusesAFigureThatDoesNotExist() throws Exception {
        MvcResult result = mvc.perform(get("/outcomes/internships?status=COMPLETED&measure=KIND&months=3&detail=NOPE")
                .session(admin)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    private String html(String path, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
