package it.integra.platform;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of one provider (role {@link Role#PROVIDER}), for the provider's own page: list them,
 * create one with a generated password, disable and enable them, mark the lead operator. Every
 * method acts only on operators of the provider it is given. Callers check that the acting user may
 * manage that provider's operators (an administrator, or the provider's lead operator).
 */
@Service
public class ProviderOperators {

    /** An operator of a provider; the lead operator may manage the others. */
    public record Operator(long id, String username, String displayName, String email, boolean lead, boolean enabled) {

        public Operator {
            Objects.requireNonNull(username, "username");
        }
    }

    private final UserAdministration users;
    private final JdbcClient jdbc;

    ProviderOperators(UserAdministration users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Operator> of(long providerId) {
        return jdbc.sql("""
                        SELECT id, username, display_name, email, lead, enabled FROM platform.app_user
                        WHERE role = 'PROVIDER' AND provider_id = :provider ORDER BY NOT lead, lower(username)""")
                .param("provider", providerId).query(Operator.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<Operator> find(long providerId, long userId) {
        return jdbc.sql("""
                        SELECT id, username, display_name, email, lead, enabled FROM platform.app_user
                        WHERE role = 'PROVIDER' AND provider_id = :provider AND id = :id""")
                .param("provider", providerId).param("id", userId).query(Operator.class).optional();
    }

    /** Whether the user is an enabled lead operator of the provider; read afresh, so a revoked lead counts at once. */
    @Transactional(readOnly = true)
    public boolean isLead(long providerId, long userId) {
        return find(providerId, userId).filter(o -> o.lead() && o.enabled()).isPresent();
    }

    /**
     * Creates an operator with a random password, to be shown once. Refusals name the fields
     * {@code username}, {@code displayName} and {@code email}.
     */
    @Transactional
    public CreatedUser create(long providerId, String username, String displayName, String email, boolean lead) {
        CreatedUser created = users.create(new CreateUser(username, displayName, email, Role.PROVIDER, providerId, null, null));
        if (lead) {
            setLead(providerId, created.user().id(), true);
        }
        return created;
    }

    /** Disables an operator, who can no longer log in; refused for oneself. */
    @Transactional
    public void disable(long providerId, long userId, long actorId) {
        existing(providerId, userId);
        users.disable(new DisableUser(userId, actorId));
    }

    @Transactional
    public void enable(long providerId, long userId) {
        existing(providerId, userId);
        users.enable(new EnableUser(userId));
    }

    @Transactional
    public void setLead(long providerId, long userId, boolean lead) {
        existing(providerId, userId);
        jdbc.sql("UPDATE platform.app_user SET lead = :lead, version = version + 1 WHERE id = :id")
                .param("lead", lead).param("id", userId).update();
    }

    private Operator existing(long providerId, long userId) {
        return find(providerId, userId)
                .orElseThrow(() -> new NoSuchElementException("no operator " + userId + " of provider " + providerId));
    }
}
