package it.integra.platform;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can log in. Identity, role and scope are fixed at creation; what changes later is
 * whether they may log in and their password. The version guards against two administrators
 * changing the same user at once. The credentials version is raised whenever the user is disabled or
 * their password changes: every session opened before then ends at its next request.
 */
@Table(schema = "platform", name = "app_user")
final class AppUser {

    @Id
    private final Long id;
    @Version
    private final Integer version;
    private final String username;
    private final String displayName;
    private final String email;
    private String passwordHash;
    private final Role role;
    private final Long providerId;
    private final String regionCode;
    private boolean enabled;
    private int credentialsVersion;
    private final Instant createdAt;

    @PersistenceCreator
    AppUser(Long id, Integer version, String username, String displayName, String email, String passwordHash,
            Role role, Long providerId, String regionCode, boolean enabled, int credentialsVersion, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.providerId = providerId;
        this.regionCode = regionCode;
        this.enabled = enabled;
        this.credentialsVersion = credentialsVersion;
        this.createdAt = createdAt;
    }

    static AppUser create(CreateUser command, String passwordHash, Instant now) {
        return new AppUser(null, null, command.username(), command.displayName(), command.email(), passwordHash,
                command.role(), command.providerId(), command.regionCode(), true, 0, now);
    }

    void disable() {
        enabled = false;
        credentialsVersion++;
    }

    void enable() {
        enabled = true;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        credentialsVersion++;
    }

    String passwordHash() {
        return passwordHash;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    boolean enabled() {
        return enabled;
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName, email, role, providerId, regionCode, enabled, createdAt);
    }
}
