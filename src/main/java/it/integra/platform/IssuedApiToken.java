package it.integra.platform;

import java.util.Objects;

/** A token just issued, with its secret: shown once to the administrator, never stored in clear. */
public record IssuedApiToken(ApiTokenSummary token, String secret) {

    public IssuedApiToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }
}
