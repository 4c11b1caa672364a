package it.integra.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in the database (shared by every node) three ways, each over a window as long
 * as the lock, and refuses attempts while a count has reached its limit:
 * <ul>
 * <li>one user name from one client address: locks that pair, not the name from everywhere;</li>
 * <li>one client address, whatever names it tries: stops password spraying from that address;</li>
 * <li>one user name from any address, at a much higher limit: caps a distributed attack on one name.</li>
 * </ul>
 * The last two locks are wide, so they spare the names that logged in successfully from that address
 * in the last 90 days: an attack cannot keep the administrator out of their usual office, nor a
 * colleague behind the same router lock everyone out of it.
 *
 * <p>Names are counted as typed, existing or not, so the throttle behaves the same for everyone and
 * tells nothing about who exists. A successful login clears only its own pair's count: an attacker
 * cannot reset the count of their address by logging in to an account of their own.
 */
@Component
class LoginThrottle {

    static final Duration FAMILIAR_FOR = Duration.ofDays(90);
    private static final Duration FAMILIAR_REFRESH = Duration.ofHours(1);
    private static final int SWEEP_BATCH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Limits limits;

    /** How many failures each count allows within the window, and how long the window and a lock last. */
    record Limits(int perNameAndAddress, int perAddress, int perName, Duration lockDuration) {
        Limits {
            if (perNameAndAddress < 1 || perAddress < 1 || perName < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
                throw new IllegalArgumentException("integra.login.*: failure limits must be at least 1 and the lock "
                        + "duration positive, not " + perNameAndAddress + ", " + perAddress + ", " + perName + ", " + lockDuration);
            }
        }
    }

    @Autowired
    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${integra.login.max-failures:5}") int perNameAndAddress,
                  @Value("${integra.login.address-max-failures:20}") int perAddress,
                  @Value("${integra.login.name-max-failures:50}") int perName,
                  @Value("${integra.login.lock-duration:PT15M}") Duration lockDuration) {
        this(jdbc, clock, new Limits(perNameAndAddress, perAddress, perName, lockDuration));
    }

    LoginThrottle(JdbcClient jdbc, Clock clock, Limits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Where an attempt stands before its password is checked.
     *
     * @param pairLocked this name from this address is locked: refused without checking the password
     * @param wideLocked this address, or this name from everywhere, is locked
     * @param familiar   this name logged in successfully from this address within {@link #FAMILIAR_FOR}
     */
    record Standing(boolean pairLocked, boolean wideLocked, boolean familiar) {

        /** Whether even the right password is refused. */
        boolean refusesRightPassword() {
            return pairLocked || (wideLocked && !familiar);
        }

        /** Whether a wrong password is answered as locked rather than as wrong. */
        boolean locked() {
            return pairLocked || wideLocked;
        }
    }

    Standing standing(LoginAttempt attempt) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        SELECT
                            EXISTS (SELECT 1 FROM platform.login_throttle
                                    WHERE scope = 'PAIR' AND username = :u AND address = :a AND locked_until > :now),
                            EXISTS (SELECT 1 FROM platform.login_throttle
                                    WHERE ((scope = 'ADDRESS' AND username = '' AND address = :a)
                                           OR (scope = 'NAME' AND username = :u AND address = ''))
                                      AND locked_until > :now),
                            EXISTS (SELECT 1 FROM platform.login_familiar_address
                                    WHERE username = :u AND address = :a AND last_success_at > :familiarSince)""")
                .param("u", attempt.username()).param("a", attempt.address())
                .param("now", now).param("familiarSince", now.minus(FAMILIAR_FOR))
                .query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(LoginAttempt attempt) {
        OffsetDateTime now = now();
        // always in this order, so that concurrent failures lock the rows in the same order
        count("PAIR", attempt.username(), attempt.address(), limits.perNameAndAddress(), now);
        count("ADDRESS", "", attempt.address(), limits.perAddress(), now);
        count("NAME", attempt.username(), "", limits.perName(), now);
        sweep(now);
    }

    /**
     * Clears the pair's count and remembers the address as familiar to the name. One statement, and the
     * remembered time is refreshed at most hourly: HTTP Basic logs in on every API request.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(LoginAttempt attempt) {
        OffsetDateTime now = now();
        jdbc.sql("""
                        WITH cleared AS (
                            DELETE FROM platform.login_throttle WHERE scope = 'PAIR' AND username = :u AND address = :a)
                        INSERT INTO platform.login_familiar_address AS f (username, address, last_success_at)
                        VALUES (:u, :a, :now)
                        ON CONFLICT (username, address) DO UPDATE SET last_success_at = EXCLUDED.last_success_at
                        WHERE f.last_success_at < :refreshBefore""")
                .param("u", attempt.username()).param("a", attempt.address())
                .param("now", now).param("refreshBefore", now.minus(FAMILIAR_REFRESH))
                .update();
    }

    /**
     * One more failure on a count. A count whose window has passed, or whose lock has ended, starts
     * again at one; reaching the limit locks it until the lock duration has passed.
     */
    private void count(String scope, String username, String address, int limit, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO platform.login_throttle AS t
                            (scope, username, address, failures, window_started_at, locked_until)
                        VALUES (:scope, :u, :a, 1, :now, CASE WHEN 1 >= :limit THEN CAST(:until AS timestamptz) END)
                        ON CONFLICT (scope, username, address) DO UPDATE SET
                            failures = CASE WHEN t.locked_until <= :now
                                                 OR (t.locked_until IS NULL AND t.window_started_at <= :windowStart)
                                            THEN 1 ELSE t.failures + 1 END,
                            window_started_at = CASE WHEN t.locked_until <= :now
                                                          OR (t.locked_until IS NULL AND t.window_started_at <= :windowStart)
                                                     THEN :now ELSE t.window_started_at END,
                            locked_until = CASE WHEN t.locked_until <= :now
                                                     OR (t.locked_until IS NULL AND t.window_started_at <= :windowStart)
                                                THEN CASE WHEN 1 >= :limit THEN CAST(:until AS timestamptz) END
                                                WHEN t.locked_until IS NULL AND t.failures + 1 >= :limit
                                                THEN CAST(:until AS timestamptz)
                                                ELSE t.locked_until END""")
                .param("scope", scope).param("u", username).param("a", address).param("limit", limit)
                .param("now", now).param("windowStart", now.minus(limits.lockDuration()))
                .param("until", now.plus(limits.lockDuration()))
                .update();
    }

    /**
     * Deletes a batch of the oldest counts that no longer matter (window passed, no lock running), which
     * behave exactly as no row at all, and of the addresses no longer familiar: spraying random names
     * would otherwise fill the tables. Rows another login holds are skipped, never waited for.
     */
    private void sweep(OffsetDateTime now) {
        jdbc.sql("""
                        DELETE FROM platform.login_throttle WHERE ctid = ANY (ARRAY (
                            SELECT ctid FROM platform.login_throttle
                            WHERE window_started_at <= :windowStart AND (locked_until IS NULL OR locked_until <= :now)
                            ORDER BY window_started_at LIMIT :batch FOR UPDATE SKIP LOCKED))""")
                .param("windowStart", now.minus(limits.lockDuration())).param("now", now).param("batch", SWEEP_BATCH)
                .update();
        jdbc.sql("""
                        DELETE FROM platform.login_familiar_address WHERE ctid = ANY (ARRAY (
                            SELECT ctid FROM platform.login_familiar_address WHERE last_success_at <= :familiarSince
                            LIMIT :batch FOR UPDATE SKIP LOCKED))""")
                .param("familiarSince", now.minus(FAMILIAR_FOR)).param("batch", SWEEP_BATCH)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
