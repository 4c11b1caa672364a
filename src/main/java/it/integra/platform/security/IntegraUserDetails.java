package it.integra.platform.security;

import it.integra.platform.CurrentUser;
import it.integra.platform.web.CurrentUsers;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: the user's scope without the password once signed in, and the
 * credentials version the session was opened with (see {@link SessionValidityFilter}).
 */
final class IntegraUserDetails implements UserDetails, CredentialsContainer, CurrentUsers.CurrentUserHolder {

    private final CurrentUser user;
    private final boolean enabled;
    private final int credentialsVersion;
    private String passwordHash;

    IntegraUserDetails(CurrentUser user, String passwordHash, boolean enabled, int credentialsVersion) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.credentialsVersion = credentialsVersion;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    /** The same user, signed in with the credentials version they now have. */
    IntegraUserDetails withCredentialsVersion(int version) {
        return new IntegraUserDetails(user, null, enabled, version);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
