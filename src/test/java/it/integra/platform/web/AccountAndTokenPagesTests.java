package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
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

/** The own password page (every user) and the API token pages (administrators), through MockMvc. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAndTokenPagesTests {

    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\">(itg_[A-Za-z0-9_-]{43})<");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    TestUsers users;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        users = new TestUsers(jdbc, encoder);
    }

    @Test
    void theUserMenuLeadsToThePasswordChangeForEveryRole() throws Exception {
        for (Role role : Role.values()) {
            MockHttpSession session = WebSessions.login(mvc, users.create("menu", role), TestUsers.PASSWORD);

            assertThat(body(get("/account/password"), session)).as(role.name())
                    .contains("href=\"/account/password\"", "Cambia password", "Password attuale",
                            "Ripeti la nuova password");
        }
    }

    @Test
    void refusalsNameTheFieldsAndNeverWriteAPasswordBack() throws Exception {
        String officer = users.create("own-refused", Role.OFFICER);
        MockHttpSession session = WebSessions.login(mvc, officer, TestUsers.PASSWORD);

        String wrongCurrent = change(session, "wrong-current-pw", "a-brand-new-password", "a-brand-new-password");
        String tooShort = change(session, TestUsers.PASSWORD, "short-pw", "short-pw");
        String mismatch = change(session, TestUsers.PASSWORD, "a-brand-new-password", "another-new-password");
        String same = change(session, TestUsers.PASSWORD, TestUsers.PASSWORD, TestUsers.PASSWORD);

        assertThat(wrongCurrent).contains("id=\"currentPassword-error\"", "La password attuale non è corretta.")
                .doesNotContain("wrong-current-pw", "a-brand-new-password");
        assertThat(tooShort).contains("id=\"newPassword-error\"", "La password deve avere almeno 12 caratteri.")
                .doesNotContain("short-pw", TestUsers.PASSWORD);
        assertThat(mismatch).contains("id=\"confirmation-error\"", "Le due password nuove non coincidono.")
                .doesNotContain("another-new-password", "a-brand-new-password");
        assertThat(same).contains("La nuova password deve essere diversa da quella attuale.");
        assertThat(WebSessions.login(mvc, officer, TestUsers.PASSWORD)).as("the password is unchanged").isNotNull();
    }

    @Test
    void refusalsSpeakEnglishToAnEnglishSpeakingUser() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, users.create("own-en", Role.ANALYST), TestUsers.PASSWORD);

        String page = body(post("/account/password").with(csrf()).cookie(new Cookie("integra-lang", "en"))
                .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "a-brand-new-password")
                .param("confirmation", "not-the-same-password"), session);

        assertThat(page).contains("Repeat the new password", "The two new passwords do not match.");
    }

    @Test
    void fiveWrongCurrentPasswordsEndTheSession() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, users.create("own-guess", Role.PROVIDER), TestUsers.PASSWORD);
        for (int i = 1; i < OwnPasswordController.MAX_WRONG; i++) {
            assertThat(change(session, "guess-number-" + i, "a-brand-new-password", "a-brand-new-password"))
                    .contains("La password attuale non è corretta.");
        }

        MockHttpServletResponse last = mvc.perform(post("/account/password").with(csrf()).session(session)
                .param("currentPassword", "guess-number-5").param("newPassword", "a-brand-new-password")
                .param("confirmation", "a-brand-new-password")).andReturn().getResponse();

        assertThat(last.getRedirectedUrl()).isEqualTo("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anAdministratorsOwnPasswordIsChangedOnTheOwnPageNotReset() throws Exception {
        String admin2 = users.create("self-reset", Role.ADMIN);
        MockHttpSession session = WebSessions.login(mvc, admin2, TestUsers.PASSWORD);
        long id = users.idOf(admin2);

        assertThat(mvc.perform(get("/admin/users/{id}/password", id).session(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(mvc.perform(post("/admin/users/{id}/password", id).with(csrf()).session(session)
                .param("passwordChoice", "GENERATE")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");

        assertThat(status(get("/"), session)).isEqualTo(200);
        assertThat(WebSessions.login(mvc, admin2, TestUsers.PASSWORD)).as("the password is unchanged").isNotNull();
    }

    @Test
    void anAdministratorIssuesATokenShownOnceListsAndRevokesIt() throws Exception {
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");
        String officer = users.create("page-token", Role.OFFICER);
        long id = users.idOf(officer);
        assertThat(body(get("/admin/users").param("q", officer), admin)).contains("href=\"/admin/users/" + id + "/tokens\"");

        MockHttpServletResponse issued = mvc.perform(post("/admin/users/{id}/tokens", id).with(csrf()).session(admin)
                .param("name", "Caricamento presenze").param("expiresOn", LocalDate.now().plusDays(10).toString()))
                .andReturn().getResponse();
        assertThat(issued.getRedirectedUrl()).isEqualTo("/admin/users/" + id + "/tokens");
        String page = body(get("/admin/users/{id}/tokens", id), admin);
        Matcher secret = ISSUED.matcher(page);

        assertThat(secret.find()).isTrue();
        assertThat(page).contains("Token &quot;Caricamento presenze&quot; rilasciato.", secret.group(1).substring(0, 10) + "…", "Valido");
        assertThat(body(get("/admin/users/{id}/tokens", id), admin)).doesNotContain(secret.group(1));
        assertThat(body(get("/admin/tokens"), admin)).contains(officer, "Caricamento presenze");
        long tokenId = jdbc.sql("SELECT id FROM platform.api_token WHERE user_id = :u").param("u", id).query(Long.class).single();
        assertThat(mvc.perform(post("/admin/tokens/{t}/revoke", tokenId).with(csrf()).session(admin)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id + "/tokens");
        assertThat(body(get("/admin/users/{id}/tokens", id), admin)).contains("revocato", "Revocato");
        assertThat(body(get("/admin/tokens"), admin)).doesNotContain(officer);
    }

    @Test
    void aRefusedTokenFormKeepsWhatWasTyped() throws Exception {
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");
        long id = users.idOf(users.create("page-token-refused", Role.OFFICER));

        String page = body(post("/admin/users/{id}/tokens", id).with(csrf())
                .param("name", "Nome tenuto").param("expiresOn", LocalDate.now().minusDays(1).toString()), admin);
        String noName = body(post("/admin/users/{id}/tokens", id).with(csrf())
                .param("name", "").param("expiresOn", "not-a-date"), admin);

        assertThat(page).contains("Il modulo contiene errori", "id=\"expiresOn-error\"",
                "Il token deve valere almeno fino a domani.", "value=\"Nome tenuto\"");
        assertThat(noName).contains("id=\"expiresOn-error\"", "Valore non valido.");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_token WHERE user_id = :u").param("u", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsOpenTheTokenPages() throws Exception {
        String officer = users.create("no-token-pages", Role.OFFICER);
        MockHttpSession session = WebSessions.login(mvc, officer, TestUsers.PASSWORD);
        long id = users.idOf(officer);

        assertThat(status(get("/admin/tokens"), session)).isEqualTo(403);
        assertThat(status(get("/admin/users/{id}/tokens", id), session)).isEqualTo(403);
        assertThat(status(post("/admin/users/{id}/tokens", id).with(csrf()).param("name", "x")
                .param("expiresOn", LocalDate.now().plusDays(3).toString()), session)).isEqualTo(403);
        assertThat(status(post("/admin/tokens/1/revoke").with(csrf()), session)).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.api_token WHERE user_id = :u").param("u", id)
                .query(Long.class).single()).isZero();
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");
        assertThat(status(get("/admin/users/999999999/tokens"), admin)).isEqualTo(404);
        assertThat(status(post("/admin/tokens/999999999/revoke").with(csrf()), admin)).isEqualTo(404);
    }

    private String change(MockHttpSession session, String current, String next, String again) throws Exception {
        return body(post("/account/password").with(csrf()).param("currentPassword", current)
                .param("newPassword", next).param("confirmation", again), session);
    }

    private String body(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }
}
