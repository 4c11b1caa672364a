package it.integra.platform.web;

import it.integra.platform.ChangeOwnPassword;

/** What a user types to change their own password; a refused form comes back empty, as it holds only passwords. */
public class OwnPasswordForm {

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    ChangeOwnPassword toCommand(long userId) {
        return new ChangeOwnPassword(userId, currentPassword, newPassword, confirmation);
    }

    /** Forgets what was typed, so that no password is ever written back into a page. */
    void clear() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
