package it.integra.participant;

import it.integra.shared.SearchText;

/**
 * Filters of the access log; null means "any".
 *
 * @param user part of a user name
 * @param taxCode a person's current tax code
 */
public record AccessLogQuery(String user, String taxCode, AccessAction action) {

    public AccessLogQuery {
        user = SearchText.of(user);
        taxCode = SearchText.of(taxCode);
    }
}
