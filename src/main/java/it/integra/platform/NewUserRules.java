package it.integra.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Whether a new user may be created as asked; reports every problem at once, each on its field. */
final class NewUserRules {

    static final int MAX_USERNAME = 60;
    static final int MAX_TEXT = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3," + MAX_USERNAME + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern REGION = Pattern.compile("0[1-9]|1[0-9]|20");

    private final AppUsers users;
    private final PasswordPolicy passwords;

    NewUserRules(AppUsers users, PasswordPolicy passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    List<Violation> check(CreateUser user, Optional<ProviderDirectory> providers) {
        List<Violation> violations = new ArrayList<>(username(user.username()));
        displayName(user.displayName()).ifPresent(violations::add);
        email(user.email()).ifPresent(violations::add);
        if (user.role() == null) {
            violations.add(Violation.of("role", "users.error.role.required"));
        } else if (user.role() == Role.PROVIDER) {
            provider(user.providerId(), providers).ifPresent(violations::add);
        }
        if (user.regionCode() != null && !REGION.matcher(user.regionCode()).matches()) {
            violations.add(Violation.of("regionCode", "users.error.region.unknown"));
        }
        if (user.password() != null) {
            violations.addAll(passwords.check("password", user.password()));
        }
        return violations;
    }

    private List<Violation> username(String username) {
        if (username.isEmpty()) {
            return List.of(Violation.of("username", "users.error.username.required"));
        }
        if (!USERNAME.matcher(username).matches()) {
            return List.of(Violation.of("username", "users.error.username.format", 3, MAX_USERNAME));
        }
        if (users.usernameTaken(username)) {
            return List.of(Violation.of("username", "users.error.username.taken"));
        }
        return List.of();
    }

    private static Optional<Violation> displayName(String displayName) {
        if (displayName.isEmpty()) {
            return Optional.of(Violation.of("displayName", "users.error.displayName.required"));
        }
        if (displayName.length() > MAX_TEXT) {
            return Optional.of(Violation.of("displayName", "users.error.tooLong", MAX_TEXT));
        }
        return Optional.empty();
    }

    private static Optional<Violation> email(String email) {
        if (email == null) {
            return Optional.empty();
        }
        if (email.length() > MAX_TEXT || !EMAIL.matcher(email).matches()) {
            return Optional.of(Violation.of("email", "users.error.email.format"));
        }
        return Optional.empty();
    }

    private static Optional<Violation> provider(Long providerId, Optional<ProviderDirectory> providers) {
        if (providers.isEmpty() || providers.get().options().isEmpty()) {
            return Optional.of(Violation.of("providerId", "users.error.provider.unavailable"));
        }
        if (providerId == null) {
            return Optional.of(Violation.of("providerId", "users.error.provider.required"));
        }
        if (providers.get().find(providerId).isEmpty()) {
            return Optional.of(Violation.of("providerId", "users.error.provider.unknown"));
        }
        return Optional.empty();
    }
}
