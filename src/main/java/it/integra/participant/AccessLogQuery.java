package it.integra.participant;

import it.integra.shared.SearchText;

/**
 * Filters of the access log; null means "any".
 *
 * @param user part of a user name
 * @param taxCode a person's current tax code
 * @param kind reads of one person, searches or exports
 */
public record AccessLogQuery(String user, String taxCode, AccessKind kind, AccessAction action) {

    public AccessLogQuery {
        user = SearchText.of(user);
        taxCode = SearchText.of(taxCode);
    }
}
