package it.integra.clearance;

/** Filters of the clearance list; null means any. */
public record ClearanceFilter(String text, String callCode, ClearanceStatus status) {

    public ClearanceFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        callCode = callCode == null || callCode.isBlank() ? null : callCode.strip();
    }
}
