package it.integra.platform;

import it.integra.platform.ApiTokenSummary.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: an administrator issues a named, expiring token to a user, lists and revokes them; API
 * clients present it as {@code Authorization: Bearer}. The secret is shown once and stored as its
 * SHA-256 only (see {@link ApiTokenSecret}). A token acts with its user's role and scope, and only
 * while the user is enabled. Issuing and revoking are in the audit trail. Callers of everything but
 * {@link #authenticate} check that the acting user is an administrator.
 */
@Service
public class ApiTokens {

    /** The longest a token may live, so that a forgotten one does not open the API for ever. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME = 100;
    static final String AUDIT_TYPE = "api_token";
    /** Last use is recorded at most this often per token, so that a busy client does not write on every request. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    /** Who a valid token acts for. */
    public record Bearer(long tokenId, CurrentUser user, int credentialsVersion) {
    }

    private static final String SUMMARY = """
            SELECT t.id, t.user_id, u.username, t.name, t.hint, t.created_at, c.username AS created_by,
                   t.expires_at, t.revoked_at, t.last_used_at
            FROM platform.api_token t JOIN platform.app_user u ON u.id = t.user_id
                 JOIN platform.app_user c ON c.id = t.created_by
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token; refusals name the fields {@code userId}, {@code name} and {@code expiresOn}. */
    @Transactional
    public IssuedApiToken issue(IssueApiToken command, CurrentUser admin) {
        ViolationException.throwIfAny(check(command));
        String secret = ApiTokenSecret.generate();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO platform.api_token (user_id, name, token_hash, hint, created_at, created_by, expires_at)
                        VALUES (:user, :name, :hash, :hint, :now, :admin, :expires) RETURNING id""")
                .param("user", command.userId()).param("name", command.name())
                .param("hash", ApiTokenSecret.hash(secret)).param("hint", ApiTokenSecret.hint(secret))
                .param("now", utc(now)).param("admin", admin.id()).param("expires", utc(endOf(command.expiresOn())))
                .query(Long.class).single();
        audit.record(AUDIT_TYPE, id, "ISSUE", admin, null, json(id), null);
        return new IssuedApiToken(find(id).orElseThrow(), secret);
    }

    /** Revokes the token at once; revoking it again changes nothing. */
    @Transactional
    public ApiTokenSummary revoke(long tokenId, CurrentUser admin) {
        String before = json(tokenId);
        int revoked = jdbc.sql("""
                        UPDATE platform.api_token SET revoked_at = :now, revoked_by = :admin
                        WHERE id = :id AND revoked_at IS NULL""")
                .param("now", utc(clock.instant())).param("admin", admin.id()).param("id", tokenId)
                .update();
        if (revoked == 1) {
            audit.record(AUDIT_TYPE, tokenId, "REVOKE", admin, before, json(tokenId), null);
        }
        return find(tokenId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ApiTokenSummary> find(long tokenId) {
        return jdbc.sql(SUMMARY + " WHERE t.id = :id").param("id", tokenId).query(this::summary).optional();
    }

    /** The user's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> ofUser(long userId) {
        return jdbc.sql(SUMMARY + " WHERE t.user_id = :user ORDER BY t.id DESC").param("user", userId)
                .query(this::summary).list();
    }

    /** Every token that still opens the API (not revoked, not expired), newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> active() {
        return jdbc.sql(SUMMARY + " WHERE t.revoked_at IS NULL AND t.expires_at > :now ORDER BY t.id DESC")
                .param("now", utc(clock.instant())).query(this::summary).list();
    }

    /**
     * The user a presented token acts for: empty unless the token exists, is neither revoked nor
     * expired, and its user is enabled. One lookup by the secret's hash; the time of last use is
     * written only when the one recorded is older than {@link #LAST_USE_RESOLUTION}.
     */
    public Optional<Bearer> authenticate(String presented) {
        if (!ApiTokenSecret.wellFormed(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<BearerRow> row = jdbc.sql("""
                        SELECT t.id, t.last_used_at, u.id AS user_id, u.username, u.display_name, u.role,
                               u.provider_id, u.region_code, u.credentials_version
                        FROM platform.api_token t JOIN platform.app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled""")
                .param("hash", ApiTokenSecret.hash(presented)).param("now", utc(now))
                .query(ApiTokens::bearer).optional();
        row.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION)))
                .ifPresent(r -> jdbc.sql("""
                                UPDATE platform.api_token SET last_used_at = :now
                                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)""")
                        .param("now", utc(now)).param("threshold", utc(now.minus(LAST_USE_RESOLUTION)))
                        .param("id", r.bearer().tokenId()).update());
        return row.map(BearerRow::bearer);
    }

    private record BearerRow(Bearer bearer, Instant lastUsedAt) {
    }

    private List<Violation> check(IssueApiToken command) {
        List<Violation> violations = new ArrayList<>();
        Optional<Boolean> enabled = jdbc.sql("SELECT enabled FROM platform.app_user WHERE id = :id")
                .param("id", command.userId()).query(Boolean.class).optional();
        if (enabled.isEmpty()) {
            violations.add(Violation.of("userId", "tokens.error.user.unknown"));
        } else if (!enabled.get()) {
            violations.add(Violation.of("userId", "tokens.error.user.disabled"));
        }
        if (command.name().isEmpty()) {
            violations.add(Violation.of("name", "tokens.error.name.required"));
        } else if (command.name().length() > MAX_NAME) {
            violations.add(Violation.of("name", "users.error.tooLong", MAX_NAME));
        }
        LocalDate today = LocalDate.now(clock);
        if (command.expiresOn() == null) {
            violations.add(Violation.of("expiresOn", "tokens.error.expiresOn.required"));
        } else if (!command.expiresOn().isAfter(today)) {
            violations.add(Violation.of("expiresOn", "tokens.error.expiresOn.past"));
        } else if (command.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            violations.add(Violation.of("expiresOn", "tokens.error.expiresOn.tooFar", MAX_DAYS));
        }
        return violations;
    }

    /** A token is valid through the whole of its last day, on the application's clock. */
    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private String json(long tokenId) {
        return jdbc.sql("SELECT (to_jsonb(t) - 'token_hash')::text FROM platform.api_token t WHERE id = :id")
                .param("id", tokenId).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("no API token with id " + tokenId));
    }

    private ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
        Instant expires = instant(rs, "expires_at");
        Instant revoked = instant(rs, "revoked_at");
        Status status = revoked != null ? Status.REVOKED : expires.isAfter(clock.instant()) ? Status.ACTIVE : Status.EXPIRED;
        return new ApiTokenSummary(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("name"), rs.getString("hint"), instant(rs, "created_at"), rs.getString("created_by"),
                expires, revoked, instant(rs, "last_used_at"), status);
    }

    private static BearerRow bearer(ResultSet rs, int row) throws SQLException {
        CurrentUser user = new CurrentUser(rs.getLong("user_id"), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("provider_id", Long.class), rs.getString("region_code"));
        return new BearerRow(new Bearer(rs.getLong("id"), user, rs.getInt("credentials_version")),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
