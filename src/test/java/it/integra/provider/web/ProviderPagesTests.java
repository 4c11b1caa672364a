package it.integra.provider.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderTestData;
import it.integra.provider.ProviderTestData.Provider;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The registry's pages: register and edit a provider, operators, as staff and as the provider's own operators. */
@SpringBootTest
class ProviderPagesTests {

    private static final Pattern GENERATED = Pattern.compile("id=\"generated-password\">([A-Za-z0-9]+)<");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;

    MockMvc mvc;
    ProviderTestData data;
    MockHttpSession officer;

    @BeforeEach
    void logInAsOfficer() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new ProviderTestData(jdbc, encoder, calls);
        officer = WebSessions.login(mvc, data.staff(Role.OFFICER), TestUsers.PASSWORD);
    }

    @Test
    void anOfficerRegistersAProviderWithTwoSeatsAndSeesItsPage() throws Exception {
        String code = TestUsers.uniqueName("WEB");

        MockHttpServletResponse created = mvc.perform(post("/providers").session(officer).with(csrf())
                        .param("code", code).param("taxCode", "12345678903").param("name", "Cooperativa Aurora")
                        .param("type", "THIRD_SECTOR").param("province", "TO").param("accreditation", "Accr. n. 77")
                        .param("email", "info@aurora.it").param("pec", "aurora@pec.it").param("phone", "011 1234567")
                        .param("seats[0].province", "TO").param("seats[0].address", "Via Roma 10")
                        .param("seats[1].province", "").param("seats[1].address", "")
                        .param("seats[2].province", "AT").param("seats[2].address", "Corso Alfieri 5"))
                .andReturn().getResponse();
        long id = jdbc.sql("SELECT id FROM provider.provider WHERE code = :c").param("c", code).query(Long.class).single();

        assertThat(created.getRedirectedUrl()).isEqualTo("/providers/" + id);
        assertThat(page(officer, get("/providers/{id}", id))).contains("Ente Cooperativa Aurora registrato.",
                "Torino (TO)", "Accr. n. 77", "mailto:info@aurora.it", "aurora@pec.it", "011 1234567",
                "Via Roma 10", "Corso Alfieri 5", "/history/provider/" + id, "id=\"operators\"");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesEachProblemOnItsField() throws Exception {
        String page = page(officer, post("/providers").with(csrf())
                .param("code", "ENTE CON SPAZI").param("taxCode", "123 456-789 01").param("name", "Ente Prova")
                .param("type", "").param("province", "TO").param("email", "non-una-mail")
                .param("seats[0].province", "TO").param("seats[0].address", ""));

        assertThat(page).contains("Il modulo contiene errori",
                        "Il codice deve avere da 1 a 40 caratteri",
                        "Il codice fiscale numerico non è valido: l&#39;ultima cifra di controllo dovrebbe essere 3.",
                        "Scegli la tipologia dell&#39;ente.", "Indica un indirizzo e-mail valido",
                        "Indica l&#39;indirizzo della sede.", "id=\"seats[0].address-error\"")
                .contains("value=\"ENTE CON SPAZI\"", "value=\"123 456-789 01\"", "value=\"Ente Prova\"", "value=\"non-una-mail\"");
        assertThat(jdbc.sql("SELECT count(*) FROM provider.provider WHERE name = 'Ente Prova'").query(Long.class).single()).isZero();
    }

    @Test
    void showsTheErrorsInEnglishToAnEnglishSpeakingOfficer() throws Exception {
        String page = page(officer, post("/providers").with(csrf()).cookie(new Cookie("integra-lang", "en"))
                .param("code", "").param("taxCode", "").param("name", "").param("type", "").param("province", ""));

        assertThat(page).contains("Enter the provider&#39;s code.", "Enter the provider&#39;s tax code.",
                "Choose the provider&#39;s type.", "Choose the province.");
    }

    @Test
    void addsAndRemovesSeatRowsWithoutSaving() throws Exception {
        Provider provider = data.provider();

        String added = page(officer, post("/providers/{id}", provider.id()).with(csrf()).param("addSeat", "true")
                .param("version", "0").param("name", "Nome cambiato")
                .param("seats[0].province", "TO").param("seats[0].address", "Via Uno 1"));
        String removed = page(officer, post("/providers/{id}", provider.id()).with(csrf()).param("removeSeat", "0")
                .param("version", "0").param("seats[0].province", "TO").param("seats[0].address", "Via Uno 1")
                .param("seats[1].province", "CN").param("seats[1].address", "Via Due 2"));

        assertThat(added).contains("value=\"Via Uno 1\"", "name=\"seats[1].address\"", "value=\"Nome cambiato\"");
        assertThat(removed).contains("value=\"Via Due 2\"").doesNotContain("Via Uno 1");
        assertThat(jdbc.sql("SELECT name FROM provider.provider WHERE id = :id").param("id", provider.id())
                .query(String.class).single()).isEqualTo(provider.name());
    }

    @Test
    void anOperatorUpdatesContactsAndSeatsOfItsProviderButNotItsName() throws Exception {
        Provider provider = data.provider();
        MockHttpSession operator = WebSessions.login(mvc, data.operator(provider.id(), false), TestUsers.PASSWORD);

        String form = page(operator, get("/providers/{id}/edit", provider.id()));
        MockHttpServletResponse saved = mvc.perform(post("/providers/{id}", provider.id()).session(operator).with(csrf())
                        .param("version", "0").param("name", "Nome abusivo").param("email", "sede@ente.it")
                        .param("seats[0].province", "MI").param("seats[0].address", "Via Manzoni 3"))
                .andReturn().getResponse();

        assertThat(form).contains("Aggiorna contatti e sedi").doesNotContain("name=\"name\"", "name=\"taxCode\"");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/providers/" + provider.id());
        assertThat(page(operator, get("/providers/{id}", provider.id())))
                .contains("sede@ente.it", "Via Manzoni 3", provider.name()).doesNotContain("Nome abusivo", "/history/provider/");
    }

    @Test
    void theLeadOperatorCreatesAnOperatorWhosePasswordIsShownOnceAndWorks() throws Exception {
        Provider provider = data.provider();
        MockHttpSession lead = WebSessions.login(mvc, data.operator(provider.id(), true), TestUsers.PASSWORD);
        String username = TestUsers.uniqueName("collega");

        assertThat(page(lead, get("/providers/{id}/operators/new", provider.id())))
                .contains("Nuovo operatore").doesNotContain("name=\"lead\"");
        MockHttpServletResponse created = mvc.perform(post("/providers/{id}/operators", provider.id()).session(lead).with(csrf())
                .param("username", username).param("displayName", "Carla Collega").param("lead", "true"))
                .andReturn().getResponse();
        String page = page(lead, get("/providers/{id}", provider.id()));
        Matcher password = GENERATED.matcher(page);

        assertThat(created.getRedirectedUrl()).isEqualTo("/providers/" + provider.id() + "#operators");
        assertThat(password.find()).isTrue();
        assertThat(page).contains("Operatore " + username + " creato.", "Carla Collega");
        assertThat(page(lead, get("/providers/{id}", provider.id()))).doesNotContain("generated-password");
        assertThat(WebSessions.login(mvc, username, password.group(1))).isNotNull();
        assertThat(jdbc.sql("SELECT lead FROM platform.app_user WHERE username = :u").param("u", username)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aRefusedOperatorFormNamesTheTakenUserName() throws Exception {
        Provider provider = data.provider();
        String existing = data.operator(provider.id(), false);
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");

        String page = page(admin, post("/providers/{id}/operators", provider.id()).with(csrf())
                .param("username", existing).param("displayName", "").param("email", "x"));

        assertThat(page).contains("Questo nome utente è già in uso", "Indica nome e cognome.",
                "Indica un indirizzo e-mail valido", "name=\"lead\"", "value=\"" + existing + "\"");
    }

    @Test
    void theLeadDisablesAnOperatorWhoThenCannotLogIn() throws Exception {
        Provider provider = data.provider();
        MockHttpSession lead = WebSessions.login(mvc, data.operator(provider.id(), true), TestUsers.PASSWORD);
        String colleague = data.operator(provider.id(), false);

        mvc.perform(post("/providers/{id}/operators/{o}/disable", provider.id(), data.user(colleague).id())
                .session(lead).with(csrf()));

        assertThat(page(lead, get("/providers/{id}", provider.id()))).contains("Operatore " + colleague + " disattivato");
        assertThat(mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user(colleague).password(TestUsers.PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void theListOffersStaffTheNewProviderFormAndTheApplicationsToEvaluate() throws Exception {
        assertThat(page(officer, get("/providers"))).contains("href=\"/providers/new\"", "href=\"/providers/applications\"",
                "Candidature da valutare");
        assertThat(page(officer, get("/providers/new"))).contains("name=\"code\"", "name=\"taxCode\"", "name=\"seats[0].province\"");
    }

    private String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
