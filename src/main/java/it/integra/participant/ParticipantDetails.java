package it.integra.participant;

import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's whole record as the person's page shows it.
 *
 * @param pseudonym the stable pseudonymous id shown to analysts instead of the person's identity
 * @param erasedOn the day the record was pseudonymised at the end of its retention, or null
 */
public record ParticipantDetails(long id, String taxCode, String pseudonym, ParticipantData data,
                                 List<EarlierTaxCode> earlierTaxCodes, LocalDate erasedOn, int version) {

    public ParticipantDetails {
        earlierTaxCodes = List.copyOf(earlierTaxCodes);
    }

    /** An 11-digit code: the provisional code of the police headquarters, to be replaced in time. */
    public boolean provisionalTaxCode() {
        return erasedOn == null && TaxCode.isValid(taxCode) && TaxCode.parse(taxCode).isNumeric();
    }

    public boolean erased() {
        return erasedOn != null;
    }

    public ParticipantCard card() {
        ParticipantData.Identity identity = data.identity();
        return new ParticipantCard(id, taxCode, identity.familyName(), identity.givenName(),
                identity.sex() == null ? null : identity.sex().name(), identity.birthDate(), identity.citizenship(),
                data.legalStatus().targetGroup() == null ? null : data.legalStatus().targetGroup().name());
    }
}
