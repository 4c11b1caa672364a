package it.integra.programme.web;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.Fixtures;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

@SpringBootTest
class CallPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    MockHttpSession admin;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesEachProblem() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/programmes/calls").session(admin).with(csrf())
                        .param("code", "PAGE-1").param("programme", "PUOI").param("title", "Il mio avviso")
                        .param("opensOn", "2026-05-01").param("closesOn", "2026-04-01")
                        .param("budgetESF", "abc").param("attendanceThreshold", "70").param("startWindowDays", "60"))
                .andReturn().getResponse();

        String page = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page).contains("value=\"PAGE-1\"", "value=\"Il mio avviso\"", "value=\"2026-04-01\"", "value=\"abc\"",
                "La data di chiusura non può precedere quella di apertura.", "Valore non valido.");
        assertThat(jdbc.sql("SELECT count(*) FROM programme.call WHERE code = 'PAGE-1'").query(Long.class).single()).isZero();
    }

    @Test
    void createsPublishesAndShowsACall() throws Exception {
        String opens = Today.date().toString();
        MockHttpServletResponse created = mvc.perform(post("/programmes/calls").session(admin).with(csrf())
                        .param("code", "PAGE-2").param("programme", "PERCORSI").param("title", "Avviso pagina")
                        .param("opensOn", opens).param("closesOn", Today.date().plusMonths(3).toString())
                        .param("budgetESF", "500000").param("attendanceThreshold", "70").param("startWindowDays", "60"))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/programmes/calls/PAGE-2");
        String shown = mvc.perform(get("/programmes/calls/PAGE-2").session(admin)
                        .flashAttr("notice", "calls.notice.created")).andReturn().getResponse().getContentAsString();
        assertThat(shown).as("a notice without arguments keeps its apostrophe").contains("Bozza dell&#39;avviso creata.");

        mvc.perform(post("/programmes/calls/PAGE-2/publish").session(admin).with(csrf()));
        String page = mvc.perform(get("/programmes/calls/PAGE-2").session(admin)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Avviso pagina", "Aperto", "Accetta candidature", "/accounting/calls/PAGE-2/budget",
                "/history/call/");
        long id = jdbc.sql("SELECT id FROM programme.call WHERE code = 'PAGE-2'").query(Long.class).single();
        OffsetDateTime published = jdbc.sql("SELECT at FROM platform.audit_entry WHERE entity_type = 'call' "
                + "AND entity_id = :id AND action = 'PUBLISH'").param("id", id).query(OffsetDateTime.class).single();
        String history = mvc.perform(get("/history/call/" + id).session(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(history).as("times on Italian clocks, not the database's UTC").contains(DateTimeFormatter
                .ofPattern("dd/MM/yyyy HH:mm").format(published.atZoneSameInstant(ZoneId.of("Europe/Rome"))));
    }

    @Test
    void aProviderOperatorCannotCreateOrChangeCalls() throws Exception {
        String operator = new TestUsers(jdbc, encoder).create("call-operator", Role.PROVIDER);
        MockHttpSession session = WebSessions.login(mvc, operator, TestUsers.PASSWORD);

        assertThat(mvc.perform(get("/programmes/calls/new").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/programmes/calls").session(session).with(csrf()).param("code", "X"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/programmes/calls").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theCallsPanelsOfNationalFiguresAreLoadedOnlyForThoseWhoMayReadThem() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        String regional = users.create("call-analyst-01", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '01' WHERE username = :u").param("u", regional).update();
        String operator = users.create("call-panels-operator", Role.PROVIDER);
        long call = new Fixtures(jdbc, encoder).closedCall(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        String code = jdbc.sql("SELECT code FROM programme.call WHERE id = :id").param("id", call).query(String.class).single();

        assertThat(callPage(admin, code)).contains("id=\"call-budget\"", "id=\"call-counts\"");
        assertThat(callPage(WebSessions.login(mvc, operator, TestUsers.PASSWORD), code))
                .contains("id=\"call-counts\"").doesNotContain("id=\"call-budget\"");
        assertThat(callPage(WebSessions.login(mvc, regional, TestUsers.PASSWORD), code))
                .doesNotContain("id=\"call-budget\"", "id=\"call-counts\"");
    }

    private String callPage(MockHttpSession session, String code) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/programmes/calls/" + code).session(session)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
