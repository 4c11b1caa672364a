package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdministrationPagesTests {

    private static final Pattern GENERATED = Pattern.compile("id=\"generated-password\">([A-Za-z0-9]+)<");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    TestUsers testUsers;
    MockHttpSession admin;

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        testUsers = new TestUsers(jdbc, encoder);
        admin = login("admin", "admin-test-password");
    }

    @Test
    void listsUsersUnderTheAdministrationBreadcrumbs() throws Exception {
        String officer = testUsers.create("list-officer", Role.OFFICER);

        String page = page(get("/admin/users").param("q", officer));

        assertThat(page).contains("<a href=\"/admin\">Amministrazione</a>", "Utenti", officer, "Funzionario", "Attivo")
                .doesNotContain(">admin<");
    }

    @Test
    void filtersByRoleAndStatus() throws Exception {
        String analyst = testUsers.create("filter-analyst", Role.ANALYST);
        String officer = testUsers.create("filter-officer", Role.OFFICER);
        submit(post("/admin/users/{id}/disable", testUsers.idOf(officer)));
        assertThat(page(get("/admin/users"))).contains("Utente " + officer + " disattivato");

        assertThat(page(get("/admin/users").param("q", "filter-").param("role", "ANALYST")))
                .contains(analyst).doesNotContain(officer);
        assertThat(page(get("/admin/users").param("q", "filter-").param("enabled", "false")))
                .contains(officer).doesNotContain(analyst);
    }

    @Test
    void pagesTwentyUsersAtATimeKeepingTheFilters() throws Exception {
        String marker = TestUsers.uniqueName("pager");
        for (int i = 0; i < 21; i++) {
            testUsers.create(marker, Role.ANALYST);
        }

        String first = page(get("/admin/users").param("q", marker).param("role", "ANALYST"));
        String second = page(get("/admin/users").param("q", marker).param("role", "ANALYST").param("page", "1"));

        assertThat(first).contains("21 risultati, pagina 1 di 2",
                "href=\"/admin/users?q=" + marker + "&amp;role=ANALYST&amp;page=1\"");
        assertThat(first.split("<tr id=\"user-", -1)).hasSize(21);
        assertThat(second).contains("21 risultati, pagina 2 di 2");
        assertThat(second.split("<tr id=\"user-", -1)).hasSize(2);
    }

    @Test
    void answersHtmxWithTheResultsFragmentOnly() throws Exception {
        String page = page(get("/admin/users").header("HX-Request", "true"));

        assertThat(page).startsWith("<div id=\"users-results\">").doesNotContain("<header");
    }

    @Test
    void createsAUserWithAGeneratedPasswordShownOnce() throws Exception {
        String username = TestUsers.uniqueName("created");

        submit(newUser(username, Role.OFFICER).param("passwordChoice", "GENERATE"));
        String list = page(get("/admin/users").param("q", username));
        Matcher password = GENERATED.matcher(list);

        assertThat(password.find()).isTrue();
        assertThat(list).contains("Utente " + username + " creato.");
        assertThat(page(get("/admin/users").param("q", username))).doesNotContain("generated-password");
        assertThat(login(username, password.group(1))).isNotNull();
    }

    @Test
    void createsAnAnalystForOneRegionWithAChosenPassword() throws Exception {
        String username = TestUsers.uniqueName("analyst");

        submit(newUser(username, Role.ANALYST).param("regionCode", "12")
                .param("passwordChoice", "CHOOSE").param("password", "una-password-lunga"));

        assertThat(page(get("/admin/users").param("q", username))).contains("Lazio", "Analista");
        assertThat(login(username, "una-password-lunga")).isNotNull();
    }

    @Test
    void rejectedFormKeepsWhatWasTypedAndShowsEveryErrorInItalian() throws Exception {
        String page = page(post("/admin/users/new").with(csrf())
                .param("username", "x").param("displayName", "Maria Rossi").param("email", "non-una-mail")
                .param("role", "").param("passwordChoice", "CHOOSE").param("password", "corta"));

        assertThat(page)
                .contains("Il modulo contiene errori")
                .contains("Il nome utente deve avere da 3 a 60 caratteri")
                .contains("Indica un indirizzo e-mail valido")
                .contains("Scegli un ruolo.")
                .contains("La password deve avere almeno 12 caratteri.")
                .contains("value=\"x\"", "value=\"Maria Rossi\"", "value=\"non-una-mail\"")
                .doesNotContain("corta");
    }

    @Test
    void showsTheErrorsInEnglishToAnEnglishSpeakingAdministrator() throws Exception {
        String page = page(post("/admin/users/new").with(csrf()).cookie(new Cookie("integra-lang", "en"))
                .param("username", "").param("displayName", "").param("role", "OFFICER")
                .param("passwordChoice", "CHOOSE").param("password", ""));

        assertThat(page).contains("Enter the user name.", "Enter the full name.",
                "The password must have at least 12 characters.");
    }

    @Test
    void refusesAUserNameTakenInAnotherCase() throws Exception {
        String existing = testUsers.create("taken", Role.OFFICER);

        String page = page(newUser(existing.toUpperCase(), Role.OFFICER).param("passwordChoice", "GENERATE"));

        assertThat(page).contains("Questo nome utente è già in uso");
    }

    @Test
    void offersTheRegisteredProvidersForProviderOperators() throws Exception {
        testUsers.ensureFakeProvider();

        String form = page(get("/admin/users/new"));

        assertThat(form).doesNotContain("id=\"no-providers\"").contains("Ente di prova")
                .doesNotContainPattern("<option value=\"PROVIDER\" disabled=\"disabled\">");
    }

    @Test
    void disablesAUserWhoThenCannotLogInAndEnablesThemAgain() throws Exception {
        String officer = testUsers.create("disabled", Role.OFFICER);
        long id = testUsers.idOf(officer);

        submit(post("/admin/users/{id}/disable", id));
        assertThat(testUsers.enabled(officer)).isFalse();
        assertThat(page(get("/admin/users"))).contains("Utente " + officer + " disattivato");
        assertThat(loginOutcome(officer, TestUsers.PASSWORD)).isEqualTo("/login?error");

        submit(post("/admin/users/{id}/enable", id));
        assertThat(testUsers.enabled(officer)).isTrue();
        assertThat(loginOutcome(officer, TestUsers.PASSWORD)).isEqualTo("/");
    }

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        String officer = testUsers.create("session", Role.OFFICER);
        MockHttpSession officerSession = login(officer, TestUsers.PASSWORD);
        assertThat(mvc.perform(get("/").session(officerSession)).andReturn().getResponse().getStatus()).isEqualTo(200);

        submit(post("/admin/users/{id}/disable", testUsers.idOf(officer)));
        MockHttpServletResponse next = mvc.perform(get("/").session(officerSession)).andReturn().getResponse();

        assertThat(next.getStatus()).isEqualTo(302);
        assertThat(next.getRedirectedUrl()).endsWith("/login");
        assertThat(officerSession.isInvalid()).isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        submit(post("/admin/users/{id}/disable", testUsers.idOf("admin")));

        assertThat(testUsers.enabled("admin")).isTrue();
        assertThat(page(get("/admin/users")))
                .contains("Non puoi disattivare il tuo stesso utente.");
    }

    @Test
    void resetsThePasswordToAChosenOne() throws Exception {
        String officer = testUsers.create("reset", Role.OFFICER);

        submit(post("/admin/users/{id}/password", testUsers.idOf(officer))
                .param("passwordChoice", "CHOOSE").param("password", "nuova-password-sicura"));

        assertThat(loginOutcome(officer, TestUsers.PASSWORD)).isEqualTo("/login?error");
        assertThat(loginOutcome(officer, "nuova-password-sicura")).isEqualTo("/");
    }

    @Test
    void resetsThePasswordToAGeneratedOneShownOnce() throws Exception {
        String officer = testUsers.create("generated", Role.OFFICER);

        submit(post("/admin/users/{id}/password", testUsers.idOf(officer))
                .param("passwordChoice", "GENERATE"));
        Matcher password = GENERATED.matcher(page(get("/admin/users")));

        assertThat(password.find()).isTrue();
        assertThat(loginOutcome(officer, password.group(1))).isEqualTo("/");
    }

    @Test
    void refusesATooShortPasswordOnReset() throws Exception {
        String officer = testUsers.create("short", Role.OFFICER);

        String page = page(post("/admin/users/{id}/password", testUsers.idOf(officer)).with(csrf())
                .param("passwordChoice", "CHOOSE").param("password", "undici-char"));

        assertThat(page).contains("La password deve avere almeno 12 caratteri.", "id=\"password-error\"");
        assertThat(loginOutcome(officer, TestUsers.PASSWORD)).isEqualTo("/");
    }

    private MockHttpServletRequestBuilder newUser(String username, Role role) {
        return post("/admin/users/new").with(csrf()).param("username", username)
                .param("displayName", "Nome " + username).param("email", username + "@example.org")
                .param("role", role.name());
    }

    /** Performs a form post that must succeed, which the application answers with a redirect. */
    /** Performs a form post that must succeed: the answer redirects to the list, which shows its outcome once. */
    private void submit(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(admin).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String loginOutcome(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn()
                .getResponse().getRedirectedUrl();
    }
}
