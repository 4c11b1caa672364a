package it.integra.internship;

import it.integra.shared.SearchText;

/** Filters of the internship list; null means any. */
public record InternshipFilter(String text, String callCode, InternshipStatus status) {

    public InternshipFilter {
        text = SearchText.of(text);
        callCode = SearchText.of(callCode);
    }
}
