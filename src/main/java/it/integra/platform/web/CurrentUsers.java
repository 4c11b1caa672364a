package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Reads the {@link CurrentUser} out of an authentication made by the platform's login. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** Implemented by the principal that the login puts in the security context. */
    public interface CurrentUserHolder {
        CurrentUser currentUser();
    }
}
