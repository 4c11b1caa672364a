package it.integra.platform;

/**
 * A signed-in user changes their own password: the current one, to show it is them, and the new one
 * twice, to catch a typing slip. Null values count as empty.
 */
public record ChangeOwnPassword(long userId, String currentPassword, String newPassword, String confirmation) {

    public ChangeOwnPassword {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        confirmation = confirmation == null ? "" : confirmation;
    }
}
