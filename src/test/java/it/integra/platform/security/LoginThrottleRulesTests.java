package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.MutableClock;
import it.integra.platform.ResetPassword;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.UserAdministration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttle's rules over time, through the real provider on a clock the test moves (years before
 * the other tests' time, and with addresses of its own, so the two never meet), with small limits:
 * 5 failures per name and address, 8 per address, 6 per name, 15 minutes.
 */
@SpringBootTest
class LoginThrottleRulesTests {

    private static final String OK = "ok";
    private static final String WRONG = "wrong";
    private static final String LOCKED = "locked";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdministration administration;

    TestUsers users;
    MutableClock clock;
    ThrottledAuthenticationProvider provider;

    @BeforeEach
    void setUp() {
        users = new TestUsers(jdbc, encoder);
        clock = new MutableClock(Instant.parse("2020-05-04T08:00:00Z"), ZoneId.of("Europe/Rome"));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(jdbc));
        passwords.setPasswordEncoder(encoder);
        provider = new ThrottledAuthenticationProvider(passwords,
                new LoginThrottle(jdbc, clock, new LoginThrottle.Limits(5, 8, 6, Duration.ofMinutes(15))));
    }

    @Test
    void theLockExpiresAfterFifteenMinutesAndTheCountStartsAgain() {
        String officer = users.create("expiring", Role.OFFICER);
        String address = newAddress();
        assertThat(attempts(officer, WRONG, address, 5)).containsExactly(WRONG, WRONG, WRONG, WRONG, LOCKED);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(login(officer, TestUsers.PASSWORD, address)).isEqualTo(LOCKED);

        clock.advance(Duration.ofSeconds(2));
        assertThat(login(officer, WRONG, address)).isEqualTo(WRONG);
        assertThat(login(officer, TestUsers.PASSWORD, address)).isEqualTo(OK);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String officer = users.create("slow-guesser", Role.OFFICER);
        String address = newAddress();

        assertThat(attempts(officer, WRONG, address, 4)).containsOnly(WRONG);
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempts(officer, WRONG, address, 4)).containsOnly(WRONG);
        assertThat(login(officer, WRONG, address)).isEqualTo(LOCKED);
    }

    @Test
    void aDistributedAttackLocksTheNameOnlyForAddressesItHasNotLoggedInFrom() {
        String officer = users.create("targeted", Role.OFFICER);
        String unknown = TestUsers.uniqueName("targeted-nobody");
        String office = newAddress();
        assertThat(login(officer, TestUsers.PASSWORD, office)).isEqualTo(OK);

        List<String> onExisting = distributedAttack(officer);
        List<String> onUnknown = distributedAttack(unknown);

        assertThat(onExisting).isEqualTo(onUnknown).containsExactly(WRONG, WRONG, WRONG, WRONG, WRONG, LOCKED);
        assertThat(login(officer, TestUsers.PASSWORD, newAddress())).as("a new address").isEqualTo(LOCKED);
        assertThat(login(officer, TestUsers.PASSWORD, office)).as("the office").isEqualTo(OK);
    }

    @Test
    void aSuccessFromAnAddressDoesNotResetTheCountOfTheNamesItSprays() {
        String own = users.create("own-account", Role.OFFICER);
        String address = newAddress();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            outcomes.add(login(TestUsers.uniqueName("sprayed"), WRONG, address));
            outcomes.add(login(own, TestUsers.PASSWORD, address));
        }
        outcomes.add(login(TestUsers.uniqueName("sprayed"), WRONG, address));

        assertThat(outcomes).endsWith(OK, LOCKED).containsOnly(WRONG, OK, LOCKED).filteredOn(WRONG::equals).hasSize(7);
    }

    @Test
    void aDisabledAccountIsAnsweredLikeAWrongPasswordAndLockedLikeAnyName() {
        String disabled = users.create("disabled", Role.OFFICER);
        jdbc.sql("UPDATE platform.app_user SET enabled = false WHERE username = :u").param("u", disabled).update();

        assertThat(attempts(disabled, TestUsers.PASSWORD, newAddress(), 5)).containsExactly(WRONG, WRONG, WRONG, WRONG, LOCKED);
    }

    @Test
    void everyRefusedNameCostsExactlyOnePasswordCheckWhetherDisabledUnknownOrWrong() {
        String disabled = users.create("disabled-timing", Role.OFFICER);
        jdbc.sql("UPDATE platform.app_user SET enabled = false WHERE username = :u").param("u", disabled).update();
        String enabled = users.create("enabled-timing", Role.OFFICER);
        CountingEncoder counting = new CountingEncoder(encoder);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(jdbc));
        passwords.setPasswordEncoder(counting);
        provider = new ThrottledAuthenticationProvider(passwords,
                new LoginThrottle(jdbc, clock, new LoginThrottle.Limits(5, 8, 6, Duration.ofMinutes(15))));

        List<String> outcomes = new ArrayList<>();
        for (String[] attempt : new String[][] {{disabled, TestUsers.PASSWORD}, {disabled, WRONG},
                {TestUsers.uniqueName("nobody-timing"), WRONG}, {enabled, WRONG}, {enabled, TestUsers.PASSWORD}}) {
            int before = counting.matches.get();
            String outcome = login(attempt[0], attempt[1], newAddress());
            outcomes.add(outcome + " after " + (counting.matches.get() - before) + " check");
        }

        assertThat(outcomes).containsExactly("wrong after 1 check", "wrong after 1 check", "wrong after 1 check",
                "wrong after 1 check", "ok after 1 check");
    }

    @Test
    void anAdministratorsPasswordResetLiftsTheLocksOfTheName() {
        String officer = users.create("reset-lock", Role.OFFICER);
        String address = newAddress();
        assertThat(attempts(officer, WRONG, address, 5)).endsWith(LOCKED);

        administration.resetPassword(new ResetPassword(users.idOf(officer), "a-fresh-chosen-passphrase"));

        assertThat(login(officer, "a-fresh-chosen-passphrase", address)).isEqualTo(OK);
    }

    @Test
    void countsThatNoLongerMatterAreSweptAway() {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            login(TestUsers.uniqueName("swept"), WRONG, address);
        }
        assertThat(rowsFor(address)).isEqualTo(4); // three names from the address, and the address

        clock.advance(Duration.ofMinutes(16));
        login(TestUsers.uniqueName("swept"), WRONG, newAddress());

        assertThat(rowsFor(address)).isZero();
    }

    @Test
    void refusesLimitsBelowOneAndAnEmptyLock() {
        assertThatThrownBy(() -> new LoginThrottle.Limits(5, 0, 50, Duration.ofMinutes(15)))
                .hasMessage("integra.login.*: failure limits must be at least 1 and the lock duration positive, not 5, 0, 50, PT15M");
        assertThatThrownBy(() -> new LoginThrottle.Limits(5, 20, 50, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One failure on the name from each of six addresses: the sixth locks it for unfamiliar addresses. */
    private List<String> distributedAttack(String username) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(login(username, WRONG, newAddress()));
        }
        return outcomes;
    }

    private List<String> attempts(String username, String password, String address, int times) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            outcomes.add(login(username, password, address));
        }
        return outcomes;
    }

    private String login(String username, String password, String address) {
        try {
            return provider.authenticate(token(username, password, address)).isAuthenticated() ? OK : "not authenticated";
        } catch (LoginThrottledException e) {
            return LOCKED;
        } catch (AuthenticationException e) {
            return e.getClass() == BadCredentialsException.class ? WRONG : e.toString();
        }
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private long rowsFor(String address) {
        return jdbc.sql("SELECT count(*) FROM platform.login_throttle WHERE address = :a").param("a", LoginAttempt.address(address))
                .query(Long.class).single();
    }

    /** The application's encoder, counting the passwords it checks. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder encoder;
        private final AtomicInteger matches = new AtomicInteger();

        CountingEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return encoder.matches(raw, encoded);
        }
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "2001:db8:" + Integer.toHexString(n) + "::1";
    }
}
