package it.integra.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for a while after repeated failed logins. It counts names as typed, existing or
 * not, so the lock behaves the same for everyone and tells an attacker nothing about who exists.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(JdbcClient jdbc, Clock clock,
                  @Value("${integra.login.max-failures:5}") int maxFailures,
                  @Value("${integra.login.lock-duration:PT15M}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    Duration lockDuration() {
        return lockDuration;
    }

    boolean isLocked(String username) {
        return jdbc.sql("SELECT locked_until FROM platform.login_throttle WHERE username = :u")
                .param("u", key(username))
                .query(OffsetDateTime.class)
                .optional()
                .map(until -> until.toInstant().isAfter(clock.instant()))
                .orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        OffsetDateTime now = now();
        jdbc.sql("""
                        INSERT INTO platform.login_throttle AS t (username, failures, last_failure_at)
                        VALUES (:u, 1, :now)
                        ON CONFLICT (username) DO UPDATE SET
                            failures = CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= :now THEN 1
                                            ELSE t.failures + 1 END,
                            locked_until = CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= :now THEN NULL
                                                ELSE t.locked_until END,
                            last_failure_at = :now""")
                .param("u", key(username)).param("now", now)
                .update();
        jdbc.sql("""
                        UPDATE platform.login_throttle SET locked_until = :until
                        WHERE username = :u AND failures >= :max AND locked_until IS NULL""")
                .param("u", key(username)).param("until", now.plus(lockDuration)).param("max", maxFailures)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("DELETE FROM platform.login_throttle WHERE username = :u").param("u", key(username)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private static String key(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
