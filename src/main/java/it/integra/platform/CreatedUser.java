package it.integra.platform;

import java.util.Objects;
import java.util.Optional;

/** A user just created, with the generated password when none was chosen: shown once, never stored in clear. */
public record CreatedUser(UserSummary user, Optional<String> generatedPassword) {

    public CreatedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(generatedPassword, "generatedPassword");
    }
}
