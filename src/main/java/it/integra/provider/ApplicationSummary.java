package it.integra.provider;

import java.time.LocalDate;

/** A provider's application to a call, as listed on the provider's and the call's pages. */
public record ApplicationSummary(long id, String callCode, String callTitle, String providerCode, String providerName,
                                 LocalDate submittedOn, String outcome) {
}
