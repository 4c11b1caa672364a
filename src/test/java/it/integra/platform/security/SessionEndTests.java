package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.BrowserHttpSession;
import it.integra.platform.DisableUser;
import it.integra.platform.EnableUser;
import it.integra.platform.ResetPassword;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.UserAdministration;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A session opened before a user is disabled, has their password reset, or changes it themselves
 * reaches neither a page nor the API afterwards, over real HTTP with the session cookie; the export of
 * every person (the API route a page downloads from) is the door that must close.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndTests {

    static final String EXPORT = "/api/v1/exports/participants";
    static final String NEW_PASSWORD = "a-new-password-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdministration administration;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(jdbc, encoder);
    }

    @Test
    void disablingAUserEndsTheirSessionOnPagesAndApi() {
        String officer = users.create("end-disable", Role.OFFICER);
        BrowserHttpSession pages = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession api = openAndCheck(officer, TestUsers.PASSWORD);

        administration.disable(new DisableUser(users.idOf(officer), users.idOf("admin")));

        assertEnded(pages, api);
        assertThat(new BrowserHttpSession(port).tryLogin(officer, TestUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void reEnablingADisabledUserDoesNotReviveTheSessionsOpenedBefore() {
        String officer = users.create("end-reenable", Role.OFFICER);
        BrowserHttpSession pages = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession api = openAndCheck(officer, TestUsers.PASSWORD);
        long id = users.idOf(officer);

        administration.disable(new DisableUser(id, users.idOf("admin")));
        administration.enable(new EnableUser(id));

        assertEnded(pages, api);
        openAndCheck(officer, TestUsers.PASSWORD);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersSessions() {
        String officer = users.create("end-reset", Role.OFFICER);
        BrowserHttpSession pages = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession api = openAndCheck(officer, TestUsers.PASSWORD);

        administration.resetPassword(new ResetPassword(users.idOf(officer), NEW_PASSWORD));

        assertEnded(pages, api);
        openAndCheck(officer, NEW_PASSWORD);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOneUnderANewId() {
        String officer = users.create("end-own", Role.OFFICER);
        BrowserHttpSession otherPages = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession otherApi = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession current = openAndCheck(officer, TestUsers.PASSWORD);
        String idBefore = current.sessionId().orElseThrow();

        current.get("/account/password");
        HttpResponse<String> changed = current.postForm("/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(current.sessionId().orElseThrow()).isNotEqualTo(idBefore);
        assertThat(current.get("/account/password").body()).contains("Password cambiata.");
        assertReaches(current);
        assertEnded(otherPages, otherApi);
        assertThat(new BrowserHttpSession(port).tryLogin(officer, TestUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        openAndCheck(officer, NEW_PASSWORD);
    }

    @Test
    void aRefusedOwnPasswordChangeEndsNoSession() {
        String officer = users.create("end-refused", Role.OFFICER);
        BrowserHttpSession other = openAndCheck(officer, TestUsers.PASSWORD);
        BrowserHttpSession current = openAndCheck(officer, TestUsers.PASSWORD);

        current.get("/account/password");
        HttpResponse<String> refused = current.postForm("/account/password", Map.of("currentPassword", "not-my-password",
                "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("La password attuale non è corretta.");
        assertReaches(current);
        assertReaches(other);
    }

    private BrowserHttpSession openAndCheck(String username, String password) {
        BrowserHttpSession session = new BrowserHttpSession(port).login(username, password);
        assertReaches(session);
        return session;
    }

    private static void assertReaches(BrowserHttpSession session) {
        assertThat(session.get("/").statusCode()).as("home page").isEqualTo(200);
        HttpResponse<String> export = session.get(EXPORT);
        assertThat(export.statusCode()).as("export through the API").isEqualTo(200);
        assertThat(export.body()).startsWith("tax_code,");
    }

    /** Each door is tried with a session of its own, so that one door closing cannot hide the other left open. */
    private static void assertEnded(BrowserHttpSession pages, BrowserHttpSession api) {
        HttpResponse<String> page = pages.get("/");
        assertThat(page.statusCode()).as("home page").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> export = api.get(EXPORT);
        assertThat(export.statusCode()).as("export through the API").isEqualTo(401);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(export.body()).doesNotContain("tax_code");
        assertThat(api.get("/").statusCode()).as("the API ended the whole session").isEqualTo(302);
    }
}
