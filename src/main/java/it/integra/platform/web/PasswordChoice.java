package it.integra.platform.web;

/** Whether the administrator types the new password or lets Integra generate one. */
public enum PasswordChoice {
    GENERATE, CHOOSE
}
