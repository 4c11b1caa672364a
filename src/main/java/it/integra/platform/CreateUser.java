package it.integra.platform;

/**
 * Create a user. Text is trimmed and empty optional values become null; whether the values are
 * acceptable is for {@link UserAdministration} to say, field by field.
 *
 * @param providerId required for {@link Role#PROVIDER}, ignored for the other roles
 * @param regionCode optional two-digit ISTAT region code for {@link Role#ANALYST}, ignored for the other roles
 * @param password   the initial password, or null to have a random one generated (an empty one is too short)
 */
public record CreateUser(String username, String displayName, String email, Role role, Long providerId,
                         String regionCode, String password) {

    public CreateUser {
        username = Text.trimmed(username);
        displayName = Text.trimmed(displayName);
        email = Text.orNull(email);
        regionCode = role == Role.ANALYST ? Text.orNull(regionCode) : null;
        providerId = role == Role.PROVIDER ? providerId : null;
    }
}
