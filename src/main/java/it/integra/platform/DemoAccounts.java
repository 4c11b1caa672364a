package it.integra.platform;

import java.util.List;

/**
 * The demo users whose passwords the login page shows, only when the application runs in demo mode.
 * The demo module implements it; without it the login page shows nothing.
 */
public interface DemoAccounts {

    List<DemoAccount> accounts();

    /** A demo user with its clear password, for the login page of a demo instance. */
    record DemoAccount(String username, String password, Role role) {
    }
}
