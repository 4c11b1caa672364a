package it.integra.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts for this name from this address, from this address, or for this name from
 * an address it has not logged in from: refused without checking the password.
 */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed logins, try later");
    }
}
