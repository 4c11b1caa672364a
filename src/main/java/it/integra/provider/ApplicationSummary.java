package it.integra.provider;

import java.time.LocalDate;

/** A provider's application to a call, as listed on the provider's and the call's pages and in the officers' queue. */
public record ApplicationSummary(long id, String callCode, String callTitle, long providerId, String providerCode,
                                 String providerName, LocalDate submittedOn, ApplicationStatus status, String reason) {
}
