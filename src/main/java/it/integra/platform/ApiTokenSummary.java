package it.integra.platform;

import java.time.Instant;
import java.util.Objects;

/** An API token as the administration lists it: never its secret nor the secret's hash. */
public record ApiTokenSummary(long id, long userId, String username, String name, String hint, Instant createdAt,
                              String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                              Status status) {

    /** Whether the token opens the API now (its user must also be enabled). */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    public ApiTokenSummary {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
