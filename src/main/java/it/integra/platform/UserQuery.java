package it.integra.platform;

import it.integra.shared.SearchText;

/**
 * Filters of the user list; null means "any".
 *
 * @param text part of the user name, display name or e-mail, in any case
 */
public record UserQuery(String text, Role role, Boolean enabled) {

    public UserQuery {
        text = SearchText.of(text);
    }

    public static UserQuery all() {
        return new UserQuery(null, null, null);
    }
}
