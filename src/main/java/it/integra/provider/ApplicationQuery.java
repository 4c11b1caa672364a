package it.integra.provider;

import it.integra.shared.SearchText;

/** Filters of the officers' list of applications; null means "any". */
public record ApplicationQuery(String callCode, ApplicationStatus status) {

    public ApplicationQuery {
        callCode = SearchText.of(callCode);
    }
}
