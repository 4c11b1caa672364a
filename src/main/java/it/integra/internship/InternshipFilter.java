package it.integra.internship;

/** Filters of the internship list; null means any. */
public record InternshipFilter(String text, String callCode, InternshipStatus status) {

    public InternshipFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        callCode = callCode == null || callCode.isBlank() ? null : callCode.strip();
    }
}
