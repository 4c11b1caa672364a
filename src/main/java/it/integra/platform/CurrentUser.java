package it.integra.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in user as the modules need it to scope what they show: a provider operator carries its
 * provider, a regional analyst its region. Controllers receive it as a handler argument. It travels in
 * the session, which the database keeps for every node, hence serializable.
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long providerId, String regionCode)
        implements Serializable {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.PROVIDER && providerId == null) {
            throw new IllegalArgumentException("a provider operator must be bound to a provider");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean isAuthorityStaff() {
        return role.isAuthorityStaff();
    }

    /** The provider this user is confined to, empty for users who see every provider. */
    public Optional<Long> providerScope() {
        return role == Role.PROVIDER ? Optional.of(providerId) : Optional.empty();
    }

    /** The region this user is confined to, empty for users who see the whole country. */
    public Optional<String> regionScope() {
        return Optional.ofNullable(regionCode);
    }
}
