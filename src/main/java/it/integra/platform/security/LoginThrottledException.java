package it.integra.platform.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this user name: refused without checking the password. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed logins, try later");
    }
}
