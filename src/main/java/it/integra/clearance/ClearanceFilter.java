package it.integra.clearance;

import it.integra.shared.SearchText;

/** Filters of the clearance list; null means any. */
public record ClearanceFilter(String text, String callCode, ClearanceStatus status) {

    public ClearanceFilter {
        text = SearchText.of(text);
        callCode = SearchText.of(callCode);
    }
}
