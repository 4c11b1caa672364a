package it.integra.participant;

import it.integra.shared.SearchText;
import it.integra.shared.TaxCode;

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
        // typed as on paper: spaces and dashes go, letters count whatever their case
        taxCode = TaxCode.clean(SearchText.of(taxCode));
    }
}
