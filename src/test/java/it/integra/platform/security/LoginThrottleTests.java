package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Failed logins lock a name from one address (5 failures), an address that tries many names (20), and
 * behave the same whether or not the name exists; through the real login form and HTTP Basic, from
 * client addresses set on each request. Each test uses addresses of its own (documentation ranges),
 * so that no lock reaches the loopback address the other tests log in from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTests {

    private static final String ERROR = "/login?error";
    private static final String LOCKED = "/login?locked";
    private static final String HOME = "/";
    private static final String ADMIN_PASSWORD = "admin-test-password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

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
    void locksANameFromOneAddressAfterFiveFailuresAndRefusesEvenTheRightPasswordThere() throws Exception {
        String officer = users.create("throttled", Role.OFFICER);
        String address = newAddress();

        assertThat(failedLogins(officer, 5, address)).containsExactly(ERROR, ERROR, ERROR, ERROR, LOCKED);
        assertThat(login(officer, TestUsers.PASSWORD, address)).isEqualTo(LOCKED);
    }

    @Test
    void theAdministratorLockedOutFromOneAddressStillLogsInFromAnother() throws Exception {
        String attacker = newAddress();
        String office = newAddress();

        assertThat(failedLogins("admin", 5, attacker)).containsExactly(ERROR, ERROR, ERROR, ERROR, LOCKED);

        assertThat(login("admin", ADMIN_PASSWORD, attacker)).isEqualTo(LOCKED);
        assertThat(login("admin", ADMIN_PASSWORD, office)).isEqualTo(HOME);
    }

    @Test
    void theSameHoldsForHttpBasicOnTheApi() throws Exception {
        String attacker = newAddress();
        String office = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(apiStatus("admin", "wrong-" + i, attacker)).isEqualTo(401);
        }

        assertThat(apiStatus("admin", ADMIN_PASSWORD, attacker)).isEqualTo(401);
        assertThat(apiStatus("admin", ADMIN_PASSWORD, office)).isEqualTo(200);
    }

    @Test
    void locksAnUnknownUserNameExactlyAsAnExistingOne() throws Exception {
        String existing = users.create("known", Role.OFFICER);
        String unknown = TestUsers.uniqueName("nobody");
        String address = newAddress();

        List<String> existingOutcomes = failedLogins(existing, 6, address);
        List<String> unknownOutcomes = failedLogins(unknown, 6, address);

        assertThat(unknownOutcomes).isEqualTo(existingOutcomes).containsExactly(ERROR, ERROR, ERROR, ERROR, LOCKED, LOCKED);
        assertThat(lockedPage(existing, address)).isEqualTo(lockedPage(unknown, address).replace(unknown, existing))
                .contains("Troppi tentativi di accesso non riusciti: riprova tra 15 minuti.");
    }

    @Test
    void aSuccessfulLoginStartsTheCountOfItsNameAndAddressAgain() throws Exception {
        String officer = users.create("reset-count", Role.OFFICER);
        String address = newAddress();

        assertThat(failedLogins(officer, 4, address)).containsOnly(ERROR);
        assertThat(login(officer, TestUsers.PASSWORD, address)).isEqualTo(HOME);
        assertThat(failedLogins(officer, 4, address)).containsOnly(ERROR);
        assertThat(login(officer, TestUsers.PASSWORD, address)).isEqualTo(HOME);
    }

    @Test
    void sprayingThirtyNamesFromOneAddressLocksThatAddressWhileAnotherLogsInFine() throws Exception {
        String sprayer = newAddress();
        String elsewhere = newAddress();
        String colleague = users.create("colleague", Role.OFFICER);
        assertThat(login(colleague, TestUsers.PASSWORD, sprayer)).as("logs in from the sprayer's address first").isEqualTo(HOME);
        String victim = users.create("victim", Role.OFFICER);

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            outcomes.add(login(users.create("sprayed", Role.OFFICER), "Summer2026!", sprayer));
            outcomes.add(login(TestUsers.uniqueName("no-such-user"), "Summer2026!", sprayer));
        }

        // existing and unknown names alternate; the 20th failure locks the address, whichever name it was
        List<String> expected = new ArrayList<>();
        for (int attempt = 1; attempt <= 30; attempt++) {
            expected.add(attempt < 20 ? ERROR : LOCKED);
        }
        assertThat(outcomes).isEqualTo(expected);
        assertThat(login(victim, TestUsers.PASSWORD, sprayer)).as("the right password, from the sprayer's address").isEqualTo(LOCKED);
        assertThat(login(victim, TestUsers.PASSWORD, elsewhere)).isEqualTo(HOME);
        assertThat(login(colleague, "a-typo-of-the-colleague", sprayer)).as("a wrong password looks locked").isEqualTo(LOCKED);
        assertThat(login(colleague, TestUsers.PASSWORD, sprayer)).as("a name that logged in from there before").isEqualTo(HOME);
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return (n % 2 == 0 ? "198.51.100." : "203.0.113.") + (1 + n / 2 % 254);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> failedLogins(String username, int attempts, String address) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(login(username, "wrong-password-" + i, address));
        }
        return outcomes;
    }

    private String login(String username, String password, String address) throws Exception {
        return attempt(username, password, address).getResponse().getRedirectedUrl();
    }

    private MvcResult attempt(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
    }

    private int apiStatus(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/users").with(httpBasic(username, password)).with(from(address)))
                .andReturn().getResponse().getStatus();
    }

    /** The login page shown after a locked attempt, with the session that remembers the name typed. */
    private String lockedPage(String username, String address) throws Exception {
        MvcResult attempt = attempt(username, "again", address);
        MockHttpSession session = (MockHttpSession) attempt.getRequest().getSession(false);
        String page = mvc.perform(get(attempt.getResponse().getRedirectedUrl()).session(session)).andReturn()
                .getResponse().getContentAsString();
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]+\"", "csrf").replaceAll("content=\"[^\"]{40,}\"", "csrf");
    }
}
