package it.integra.platform;

import java.time.LocalDate;

/**
 * Issue an API token to a user: a name that says what it is for, and the last day it is valid (it
 * expires at the end of that day, on the application's clock). Text is trimmed; whether the values
 * are acceptable is for {@link ApiTokens} to say, field by field.
 */
public record IssueApiToken(long userId, String name, LocalDate expiresOn) {

    public IssueApiToken {
        name = Text.trimmed(name);
    }
}
