package it.integra.platform.web;

import it.integra.platform.CreateUser;
import it.integra.platform.Role;

/** What the administrator types to create a user; kept as typed when the form comes back with errors. */
public class NewUserForm extends PasswordForm {

    private String username;
    private String displayName;
    private String email;
    private Role role;
    private Long providerId;
    private String regionCode;

    CreateUser toCommand() {
        return new CreateUser(username, displayName, email, role, providerId, regionCode, chosenPassword());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
