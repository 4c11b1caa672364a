package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.platform.MutableClock;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Five failed logins lock a user name for 15 minutes, whether or not the user exists. The lock is
 * exercised through the real login form; its expiry through the same provider on a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTests {

    private static final String ERROR = "/login?error";
    private static final String LOCKED = "/login?locked";

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
    void locksAUserAfterFiveFailedLoginsAndRefusesEvenTheRightPassword() throws Exception {
        String officer = users.create("throttled", Role.OFFICER);

        assertThat(failedLogins(officer, 5)).containsExactly(ERROR, ERROR, ERROR, ERROR, LOCKED);
        assertThat(login(officer, TestUsers.PASSWORD)).isEqualTo(LOCKED);
    }

    @Test
    void locksAnUnknownUserNameExactlyAsAnExistingOne() throws Exception {
        String existing = users.create("known", Role.OFFICER);
        String unknown = TestUsers.uniqueName("nobody");

        List<String> existingOutcomes = failedLogins(existing, 6);
        List<String> unknownOutcomes = failedLogins(unknown, 6);

        assertThat(unknownOutcomes).isEqualTo(existingOutcomes).containsExactly(ERROR, ERROR, ERROR, ERROR, LOCKED, LOCKED);
        assertThat(lockedPage(existing)).isEqualTo(lockedPage(unknown).replace(unknown, existing))
                .contains("Troppi tentativi di accesso non riusciti per questo nome utente: riprova tra 15 minuti.");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        String officer = users.create("reset-count", Role.OFFICER);

        assertThat(failedLogins(officer, 4)).containsOnly(ERROR);
        assertThat(login(officer, TestUsers.PASSWORD)).isEqualTo("/");
        assertThat(failedLogins(officer, 4)).containsOnly(ERROR);
        assertThat(login(officer, TestUsers.PASSWORD)).isEqualTo("/");
    }

    @Test
    void theLockExpiresAfterFifteenMinutesAndTheCountStartsAgain() {
        String officer = users.create("expiring", Role.OFFICER);
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"), ZoneId.of("Europe/Rome"));
        ThrottledAuthenticationProvider provider = providerOn(clock);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(token(officer, "wrong"))).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(token(officer, "wrong"))).isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> provider.authenticate(token(officer, TestUsers.PASSWORD))).isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> provider.authenticate(token(officer, "wrong"))).isExactlyInstanceOf(BadCredentialsException.class);
        Authentication success = provider.authenticate(token(officer, TestUsers.PASSWORD));
        assertThat(success.isAuthenticated()).isTrue();
    }

    private ThrottledAuthenticationProvider providerOn(MutableClock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(jdbc));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(15)));
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private List<String> failedLogins(String username, int attempts) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(login(username, "wrong-password-" + i));
        }
        return outcomes;
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse().getRedirectedUrl();
    }

    /** The login page shown after a locked attempt, with the session that remembers the name typed. */
    private String lockedPage(String username) throws Exception {
        var attempt = mvc.perform(formLogin("/login").user(username).password("again")).andReturn();
        MockHttpSession session = (MockHttpSession) attempt.getRequest().getSession(false);
        String page = mvc.perform(get(attempt.getResponse().getRedirectedUrl()).session(session)).andReturn()
                .getResponse().getContentAsString();
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]+\"", "csrf").replaceAll("content=\"[^\"]{40,}\"", "csrf");
    }
}
