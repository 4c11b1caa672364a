package it.integra.platform;

/**
 * Give a user a new password.
 *
 * @param newPassword the password the administrator chose, or null to have a random one generated
 */
public record ResetPassword(long userId, String newPassword) {
}
