package it.integra;

import it.integra.platform.CurrentUser;
import java.util.List;

/** What one organisation of the access matrix's dataset owns: its ids, and the values no one outside it may read. */
record AccessMatrixOrg(String operator, CurrentUser user, long providerId, String providerCode, long spareOperatorId,
                       long applicationId, long attachmentId, long participantId, String taxCode, long intakeId,
                       long documentId, long clearanceId, long internshipId, long hostId, long tutorId, long claimId,
                       long claimLineId, Secrets secrets) {

    /** The values of an organisation that the matrix searches answers for. */
    record Secrets(String familyName, String givenName, String taxCode, String iban, String documentName,
                   String attachmentName, String clearanceCode, String internshipCode, String claimCode,
                   String tutorContact, String pseudonym) {

        /** What identifies the person: no analyst or anonymous visitor reads it. */
        List<String> personal() {
            return List.of(familyName, givenName, taxCode, iban, spaced(iban));
        }

        /** What shows a pathway in the region of the clearance: an analyst bound to another region reads none of it. */
        List<String> regional() {
            return List.of(pseudonym, clearanceCode, internshipCode);
        }

        /** What only the organisation (and the authority) reads. */
        List<String> organisational() {
            return List.of(documentName, attachmentName, clearanceCode, internshipCode, claimCode, tutorContact);
        }
    }

    static String spaced(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
