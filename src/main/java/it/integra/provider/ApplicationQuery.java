package it.integra.provider;

/** Filters of the officers' list of applications; null means "any". */
public record ApplicationQuery(String callCode, ApplicationStatus status) {

    public ApplicationQuery {
        callCode = callCode == null || callCode.isBlank() ? null : callCode.strip();
    }
}
