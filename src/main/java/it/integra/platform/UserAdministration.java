package it.integra.platform;

import it.integra.platform.ProviderDirectory.ProviderOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' management of users: list and find them, create them, disable and enable
 * them, reset their passwords; and every user's change of their own password. Refusals come as a
 * {@link ViolationException} naming every field at fault. Callers check that the acting user is an
 * administrator, except for {@link #changeOwnPassword}. Disabling a user or changing their password
 * ends every session they have open (see {@link AppUser}).
 */
@Service
public class UserAdministration {

    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final AppUsers users;
    private final UserSearch search;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ObjectProvider<ProviderDirectory> providers;
    private final Clock clock;
    private final PasswordPolicy passwords = new PasswordPolicy();
    private final NewUserRules rules;

    UserAdministration(AppUsers users, UserSearch search, JdbcClient jdbc, PasswordEncoder encoder,
                       ObjectProvider<ProviderDirectory> providers, Clock clock) {
        this.users = users;
        this.search = search;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.providers = providers;
        this.clock = clock;
        this.rules = new NewUserRules(users, passwords);
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(UserQuery query, Pageable pageable) {
        return search.search(query, pageable);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return users.findById(id).map(AppUser::summary);
    }

    /** The providers an operator can be bound to; empty while no provider module is installed. */
    public List<ProviderOption> providerOptions() {
        return directory().map(ProviderDirectory::options).orElse(List.of());
    }

    @Transactional
    public CreatedUser create(CreateUser command) {
        ViolationException.throwIfAny(rules.check(command, directory()));
        Optional<String> generated = command.password() == null ? Optional.of(passwords.generate()) : Optional.empty();
        String password = generated.orElse(command.password());
        try {
            AppUser user = users.save(AppUser.create(command, encoder.encode(password), clock.instant()));
            return new CreatedUser(user.summary(), generated);
        } catch (DuplicateKeyException e) {
            // another administrator took the name between the check and the insert
            throw new ViolationException(List.of(Violation.of("username", "users.error.username.taken")));
        }
    }

    /**
     * Disables the user: they can no longer log in, and an open session of theirs ends at its next
     * request. Refused for oneself, so an enabled administrator always remains.
     */
    @Transactional
    public void disable(DisableUser command) {
        if (command.userId() == command.actorId()) {
            throw new ViolationException(List.of(Violation.of("", "users.error.disableSelf")));
        }
        AppUser user = load(command.userId());
        user.disable();
        users.save(user);
    }

    @Transactional
    public void enable(EnableUser command) {
        AppUser user = load(command.userId());
        user.enable();
        users.save(user);
    }

    /**
     * Sets the chosen password or a random one, and lifts any login lock on the user's name.
     *
     * @return the generated password, to be shown once; empty when the administrator chose it
     */
    @Transactional
    public Optional<String> resetPassword(ResetPassword command) {
        if (command.newPassword() != null) {
            ViolationException.throwIfAny(passwords.check("password", command.newPassword()));
        }
        AppUser user = load(command.userId());
        Optional<String> generated = command.newPassword() == null ? Optional.of(passwords.generate()) : Optional.empty();
        user.changePassword(encoder.encode(generated.orElse(command.newPassword())));
        users.save(user);
        jdbc.sql("DELETE FROM platform.login_throttle WHERE username = :u")
                .param("u", user.username().toLowerCase(Locale.ROOT))
                .update();
        return generated;
    }

    /**
     * Changes the user's own password after checking the current one; the new one follows the same
     * policy as every password, must differ from the current one and be typed the same twice.
     * Every session of the user ends, the caller's own included unless it renews itself.
     *
     * @return the user's new credentials version, for the caller's session to carry on with
     */
    @Transactional
    public int changeOwnPassword(ChangeOwnPassword command) {
        AppUser user = load(command.userId());
        if (!encoder.matches(command.currentPassword(), user.passwordHash())) {
            throw new ViolationException(List.of(Violation.of("currentPassword", "account.error.currentPassword.wrong")));
        }
        List<Violation> violations = new ArrayList<>(passwords.check("newPassword", command.newPassword()));
        if (violations.isEmpty() && command.newPassword().equals(command.currentPassword())) {
            violations.add(Violation.of("newPassword", "account.error.newPassword.same"));
        }
        if (!command.confirmation().equals(command.newPassword())) {
            violations.add(Violation.of("confirmation", "account.error.confirmation.mismatch"));
        }
        ViolationException.throwIfAny(violations);
        user.changePassword(encoder.encode(command.newPassword()));
        return users.save(user).credentialsVersion();
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NoSuchElementException("no user with id " + id));
    }

    private Optional<ProviderDirectory> directory() {
        return Optional.ofNullable(providers.getIfAvailable());
    }
}
