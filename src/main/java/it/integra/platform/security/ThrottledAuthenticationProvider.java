package it.integra.platform.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password login, for the login form and HTTP Basic alike, with the throttle in front. A disabled
 * account answers exactly like a wrong password or an unknown name, so neither the form nor the API
 * reveals which accounts exist: same message, same counting, and the same password hash computed
 * (its status is checked only after its password), so not even the timing differs.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    /**
     * Under a wide lock (of the address, or of the name from everywhere) the password is still checked,
     * and every wrong one answered as locked: a name that may log in there (a familiar one) then costs
     * and looks the same as any other until its right password is given.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginAttempt attempt = LoginAttempt.of(authentication);
        LoginThrottle.Standing before = throttle.standing(attempt);
        if (before.pairLocked()) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (before.refusesRightPassword()) {
                throw new LoginThrottledException();
            }
            throttle.succeeded(attempt);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.failed(attempt);
            if (throttle.standing(attempt).locked()) {
                throw new LoginThrottledException();
            }
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
