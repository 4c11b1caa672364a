package it.integra.programme;

import it.integra.shared.SearchText;

/** Filters of the call list; null means any. */
public record CallQuery(String text, String programme, CallStatus status) {

    public CallQuery {
        text = SearchText.of(text);
        programme = SearchText.of(programme);
    }
}
