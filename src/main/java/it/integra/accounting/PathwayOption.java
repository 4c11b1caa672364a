package it.integra.accounting;

/**
 * A pathway a provider's operator may log hours for: a person in its charge before the clearance
 * request (an intake), or a clearance requested or granted, with where its internship stands.
 */
public record PathwayOption(PathwayRef ref, long participantId, String person, String taxCode, String callCode,
                            String clearanceCode, String clearanceStatus, String internshipStatus) {

    /** Where the pathway stands, as a key of the bundles: intake, requested, granted or the internship's status. */
    public String stage() {
        if (!ref.isClearance()) {
            return "INTAKE";
        }
        return internshipStatus != null ? internshipStatus : clearanceStatus;
    }
}
