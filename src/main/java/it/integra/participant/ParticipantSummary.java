package it.integra.participant;

import java.time.LocalDate;

/**
 * A person as listed. For analysts the tax code, the names and the birth year are null: they see
 * the pseudonym only.
 *
 * @param didOn the DID date of the viewing provider's open intake (staff: the latest open one)
 * @param providers the codes of the providers that have the person in charge; null for providers
 */
public record ParticipantSummary(long id, String pseudonym, String taxCode, String familyName, String givenName,
                                 Integer birthYear, String citizenship, String targetGroup, LocalDate permitExpiresOn,
                                 LocalDate didOn, String providers, ParticipantStatus status) {

    public boolean pseudonymous() {
        return taxCode == null;
    }

    public PermitAlert permitAlert(LocalDate today) {
        return PermitAlert.of(permitExpiresOn, today);
    }

    public boolean didOutOfDate(LocalDate today) {
        return didOn != null && didOn.plusMonths(6).isBefore(today);
    }
}
