package it.integra.platform;

import java.time.Instant;
import java.util.Objects;

/** A user as the administration lists them; never carries the password. */
public record UserSummary(long id, String username, String displayName, String email, Role role, Long providerId,
                          String regionCode, boolean enabled, Instant createdAt) {

    public UserSummary {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
