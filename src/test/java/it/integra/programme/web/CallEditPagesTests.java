package it.integra.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.Today;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallTerms;
import it.integra.programme.CreateCall;
import it.integra.provider.ProviderTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The calls list filters, the edit form and its refusals, and the counts panel of a call's page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallEditPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;

    MockMvc mvc;
    MockHttpSession admin;
    ProviderTestData data;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
        data = new ProviderTestData(jdbc, encoder, calls);
    }

    @Test
    void theFiltersNarrowTheListByTextProgrammeAndStatus() throws Exception {
        String token = "Filtro" + System.nanoTime();
        String puoiDraft = call("PUOI", token + " bozza", Today.date().plusDays(10));
        String percorsiOpen = call("PERCORSI", token + " aperto", Today.date());
        calls.publish(percorsiOpen, ProviderTestData.ADMIN);

        String byText = list("q", token);
        String byProgramme = list("q", token, "programme", "PERCORSI");
        String byStatus = list("q", token, "status", "DRAFT");
        String byCode = list("q", puoiDraft);

        assertThat(byText).contains(puoiDraft, percorsiOpen);
        assertThat(byProgramme).contains(percorsiOpen).doesNotContain(puoiDraft);
        assertThat(byStatus).contains(puoiDraft).doesNotContain(percorsiOpen);
        assertThat(byCode).contains(puoiDraft).doesNotContain(percorsiOpen);
        assertThat(list("q", token, "programme", "INSIDE")).doesNotContain(puoiDraft, percorsiOpen);
    }

    @Test
    void theEditFormShowsTheCallAndSavesAChange() throws Exception {
        String code = call("PUOI", "Titolo prima", Today.date().plusDays(20));
        CallDetails before = calls.find(code).orElseThrow();

        String form = page(get("/programmes/calls/{code}/edit", code), admin);
        MockHttpServletResponse saved = mvc.perform(edit(code, before, "Titolo dopo", before.opensOn(), before.closesOn())
                .session(admin)).andReturn().getResponse();

        assertThat(form).contains("value=\"Titolo prima\"", "value=\"" + before.opensOn() + "\"", "value=\"70\"");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/programmes/calls/" + code);
        CallDetails after = calls.find(code).orElseThrow();
        assertThat(after.title()).isEqualTo("Titolo dopo");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(data.auditEntries("call", after.id(), "EDIT")).isEqualTo(1);
    }

    @Test
    void aRefusedEditKeepsTheTypedValuesAndSpeaksEnglishWhenAsked() throws Exception {
        String code = call("PUOI", "Titolo fermo", Today.date().plusDays(20));
        CallDetails before = calls.find(code).orElseThrow();
        LocalDate opens = Today.date().plusDays(30);

        MockHttpServletResponse italian = mvc.perform(edit(code, before, "Titolo nuovo", opens, opens.minusDays(1), "abc")
                .session(admin)).andReturn().getResponse();
        MockHttpServletResponse english = mvc.perform(edit(code, before, "Titolo nuovo", opens, opens.minusDays(1), "abc")
                .param("lang", "en").session(admin)).andReturn().getResponse();

        assertThat(italian.getStatus()).isEqualTo(200);
        assertThat(italian.getContentAsString()).contains("value=\"Titolo nuovo\"", "value=\"" + opens.minusDays(1) + "\"",
                "value=\"abc\"", "La data di chiusura non può precedere quella di apertura.", "Valore non valido.");
        assertThat(english.getContentAsString()).contains("value=\"Titolo nuovo\"",
                "The closing date cannot be before the opening date.", "Invalid value.")
                .doesNotContain("La data di chiusura non può precedere quella di apertura.");
        CallDetails after = calls.find(code).orElseThrow();
        assertThat(after.title()).isEqualTo("Titolo fermo");
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aCallThatHasOpenedCanNoLongerBeEdited() throws Exception {
        String code = call("PUOI", "Titolo aperto", Today.date());
        calls.publish(code, ProviderTestData.ADMIN);
        CallDetails open = calls.find(code).orElseThrow();

        String page = page(get("/programmes/calls/{code}", code), admin);
        MockHttpServletResponse refused = mvc.perform(edit(code, open, "Titolo cambiato", open.opensOn(), open.closesOn())
                .param("lang", "en").session(admin)).andReturn().getResponse();

        assertThat(page).doesNotContain("/programmes/calls/" + code + "/edit");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("The call is already open: it can no longer be edited.",
                "value=\"Titolo cambiato\"");
        assertThat(calls.find(code).orElseThrow().title()).isEqualTo("Titolo aperto");
        assertThat(data.auditEntries("call", open.id(), "EDIT")).isZero();
    }

    @Test
    void theCountsPanelCountsTheApplicationsOfTheCall() throws Exception {
        String code = data.openCall();
        String other = data.openCall();
        long callId = calls.find(code).orElseThrow().id();
        apply(callId, data.provider().id(), "ELIGIBLE");
        apply(callId, data.provider().id(), "ELIGIBLE");
        apply(callId, data.provider().id(), "INELIGIBLE");
        apply(callId, data.provider().id(), "PENDING");
        apply(calls.find(other).orElseThrow().id(), data.provider().id(), "ELIGIBLE");

        String panel = page(get("/monitoring/calls/{code}/counts", code).header("HX-Request", "true"), admin)
                .replaceAll("\\s+", " ");

        assertThat(count(panel, "providersApplied")).isEqualTo("4");
        assertThat(count(panel, "providersEligible")).isEqualTo("2");
        assertThat(count(panel, "clearancesRequested")).isEqualTo("0");
        assertThat(count(panel, "internshipsStarted")).isEqualTo("0");
    }

    @Test
    void aProviderOperatorCannotEditPublishOrCloseACall() throws Exception {
        String draft = call("PUOI", "Titolo protetto", Today.date().plusDays(5));
        String open = data.openCall();
        CallDetails before = calls.find(draft).orElseThrow();
        MockHttpSession operator = WebSessions.login(mvc, data.operator(data.provider().id(), true), TestUsers.PASSWORD);

        assertThat(status(get("/programmes/calls/{code}/edit", draft), operator)).isEqualTo(403);
        assertThat(status(edit(draft, before, "Titolo rubato", before.opensOn(), before.closesOn()), operator)).isEqualTo(403);
        assertThat(status(post("/programmes/calls/{code}/publish", draft), operator)).isEqualTo(403);
        assertThat(status(post("/programmes/calls/{code}/close", open), operator)).isEqualTo(403);
        assertThat(calls.find(draft).orElseThrow().title()).isEqualTo("Titolo protetto");
        assertThat(calls.find(draft).orElseThrow().status().name()).isEqualTo("DRAFT");
        assertThat(calls.find(open).orElseThrow().status().name()).isEqualTo("OPEN");
        assertThat(page(get("/programmes/calls/{code}", draft), operator)).doesNotContain("/edit", "/publish");
    }

    private String call(String programme, String title, LocalDate opensOn) {
        String code = TestUsers.uniqueName("CE");
        calls.create(new CreateCall(code, programme, new CallTerms(title, opensOn, opensOn.plusMonths(3),
                Map.of("ESF", new BigDecimal("800000")), new BigDecimal("0.70"), 60, null)), ProviderTestData.ADMIN);
        return code;
    }

    private void apply(long callId, long providerId, String outcome) {
        jdbc.sql("""
                        INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome)
                        VALUES (:call, :provider, :on, :outcome)""")
                .param("call", callId).param("provider", providerId).param("on", Today.date()).param("outcome", outcome)
                .update();
    }

    private static String count(String panel, String name) {
        String box = panel.substring(panel.indexOf("id=\"count-" + name + "\""));
        return box.substring(box.indexOf("<div class=\"h3 mb-0\">") + 21, box.indexOf("</div>"));
    }

    private MockHttpServletRequestBuilder edit(String code, CallDetails call, String title, LocalDate opens, LocalDate closes) {
        return edit(code, call, title, opens, closes, "800000");
    }

    private MockHttpServletRequestBuilder edit(String code, CallDetails call, String title, LocalDate opens, LocalDate closes,
                                               String budgetESF) {
        return post("/programmes/calls/{code}", code).with(csrf())
                .param("programme", call.programme()).param("title", title)
                .param("opensOn", opens.toString()).param("closesOn", closes.toString())
                .param("budgetESF", budgetESF).param("attendanceThreshold", "70").param("startWindowDays", "60")
                .param("version", String.valueOf(call.version()));
    }

    private String list(String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/programmes/calls");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return page(request, admin);
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
    }
}
