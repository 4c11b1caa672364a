package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A provider sees a person only while it has them in charge or holds a requested or granted
 * clearance for them: not by search, not by URL, not by the API. Analysts see pseudonyms only.
 */
@SpringBootTest
class ScopeTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator owner;
    Fixtures.Operator stranger;
    String code;
    long id;

    @BeforeEach
    void aPersonInChargeOfOneProvider() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        owner = fixtures.providerWithOperator("scope-own");
        stranger = fixtures.providerWithOperator("scope-other");
        code = Fixtures.provisionalCode();
        id = management.register(new RegisterParticipant(code, Fixtures.data("Touré", "Fatoumata", LocalDate.of(1995, 5, 5),
                TargetGroup.INTERNATIONAL_PROTECTION), null), owner.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    @Test
    void aProviderWithoutThePersonInChargeCannotFindOrOpenThem() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, stranger.username(), TestUsers.PASSWORD);

        String list = mvc.perform(get("/participants").param("q", code).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("id=\"participants-empty\"").doesNotContain("Touré", "/participants/" + id + "\"");
        assertThat(mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/participants/" + id + "/edit").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        MockHttpServletResponse api = mvc.perform(get("/api/v1/participants/" + code)
                .header("Authorization", basic(stranger.username()))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).doesNotContain("Touré");
    }

    @Test
    void anotherProviderFindsThePersonInNoShapeOfTheListUntilItHoldsAClearanceForThem() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, stranger.username(), TestUsers.PASSWORD);
        // the list without a text (along the order), a name (through trigrams), two letters (no trigram),
        // the tax code's beginning, a status filter, and the API
        List<String> shapes = List.of("", "toure", "fatoumata tour", "To", code.substring(0, 6));

        for (String q : shapes) {
            assertThat(listedFor(session, q, null)).as("q=" + q).isFalse();
        }
        assertThat(listedFor(WebSessions.login(mvc, owner.username(), TestUsers.PASSWORD), "toure", "IN_CHARGE")).isTrue();
        assertThat(listedFor(session, "toure", "IN_CHARGE")).isFalse();
        assertThat(mvc.perform(get("/api/v1/participants").param("q", "toure")
                .header("Authorization", basic(stranger.username()))).andReturn().getResponse().getContentAsString())
                .doesNotContain(code);

        long call = fixtures.closedCall(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        fixtures.clearance(call, stranger.user().providerId(), id, "REQUESTED", LocalDate.of(2025, 6, 1));
        for (String q : shapes) {
            assertThat(listedFor(session, q, null)).as("q=" + q).isTrue();
        }
        assertThat(listedFor(session, "toure", "CLEARANCE_REQUESTED")).isTrue();
    }

    /** Whether the first page of the list shows the person (a new provider has no one else). */
    private boolean listedFor(MockHttpSession session, String q, String status) throws Exception {
        var request = get("/participants").param("q", q).session(session);
        if (status != null) {
            request = request.param("status", status);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString().contains("/participants/" + id + "\"");
    }

    @Test
    void theProviderInChargeFindsAndOpensThePerson() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, owner.username(), TestUsers.PASSWORD);

        assertThat(mvc.perform(get("/participants").param("q", "toure").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Touré", code);
        assertThat(mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MockHttpServletResponse api = mvc.perform(get("/api/v1/participants/" + code)
                .header("Authorization", basic(owner.username()))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"taxCode\":\"" + code + "\"", "Fatoumata");
    }

    @Test
    void aRequestedClearanceLetsTheOtherProviderSeeThePersonAndARejectedOneDoesNot() throws Exception {
        long call = fixtures.closedCall(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        long clearance = fixtures.clearance(call, stranger.user().providerId(), id, "REQUESTED", LocalDate.of(2025, 6, 1));
        MockHttpSession session = WebSessions.login(mvc, stranger.username(), TestUsers.PASSWORD);
        assertThat(mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        jdbc.sql("UPDATE clearance.clearance SET status = 'REJECTED', decided_on = requested_on WHERE id = :id")
                .param("id", clearance).update();
        assertThat(mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anAnalystSeesPseudonymsOnlyAndOpensNoRecord() throws Exception {
        String analyst = new TestUsers(jdbc, encoder).create("scope-analyst", Role.ANALYST);
        String pseudonym = jdbc.sql("SELECT pseudonym FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single();
        MockHttpSession session = WebSessions.login(mvc, analyst, TestUsers.PASSWORD);

        String list = mvc.perform(get("/participants").param("q", pseudonym).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(pseudonym).doesNotContain("Touré", "Fatoumata", code, "/participants/" + id + "\"");
        assertThat(mvc.perform(get("/participants").param("q", code).session(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContain(pseudonym);
        assertThat(mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String api = mvc.perform(get("/api/v1/participants").param("q", pseudonym).header("Authorization", basic(analyst)))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains(pseudonym, "\"taxCode\":null", "\"familyName\":null").doesNotContain("Touré", code);
        assertThat(mvc.perform(get("/api/v1/participants/" + code).header("Authorization", basic(analyst)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAnalystBoundToARegionListsOnlyThePeopleWithAPathwayThere() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        String piemonte = users.create("scope-analyst-01", Role.ANALYST);
        String lazio = users.create("scope-analyst-12", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '01' WHERE username = :u").param("u", piemonte).update();
        jdbc.sql("UPDATE platform.app_user SET region_code = '12' WHERE username = :u").param("u", lazio).update();
        String pseudonym = jdbc.sql("SELECT pseudonym FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single();
        long call = fixtures.closedCall(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(listed(piemonte, pseudonym)).as("no pathway anywhere yet").isFalse();
        fixtures.clearance(call, owner.user().providerId(), id, "GRANTED", LocalDate.of(2025, 6, 1)); // in Torino

        assertThat(listed(piemonte, pseudonym)).isTrue();
        assertThat(listed(lazio, pseudonym)).isFalse();
        String api = mvc.perform(get("/api/v1/participants").param("q", pseudonym).header("Authorization", basic(lazio)))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain(pseudonym);
    }

    private boolean listed(String analyst, String pseudonym) throws Exception {
        MockHttpSession session = WebSessions.login(mvc, analyst, TestUsers.PASSWORD);
        // the search box repeats the pseudonym: whether a row came back is told by the empty list's marker
        return !mvc.perform(get("/participants").param("q", pseudonym).session(session)).andReturn().getResponse()
                .getContentAsString().contains("id=\"participants-empty\"");
    }

    @Test
    void staffSeeEveryoneAndEveryViewIsLogged() throws Exception {
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");
        long before = views();

        assertThat(mvc.perform(get("/participants/" + id).session(admin)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        mvc.perform(get("/api/v1/participants/" + code).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes())));

        assertThat(views() - before).isEqualTo(2);
        assertThat(jdbc.sql("SELECT string_agg(username || ':' || role || ':' || action, ',' ORDER BY id) FROM participant.access_log "
                + "WHERE participant_id = :id AND username = 'admin'").param("id", id).query(String.class).single())
                .isEqualTo("admin:ADMIN:VIEW,admin:ADMIN:API");
        String log = mvc.perform(get("/admin/participants").param("taxCode", code).session(admin)).andReturn()
                .getResponse().getContentAsString();
        assertThat(log).contains(code, "Consultazione della scheda", "Consultazione tramite API");
    }

    private long views() {
        return jdbc.sql("SELECT count(*) FROM participant.access_log WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes());
    }
}
