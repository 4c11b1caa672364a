package it.integra.provider;

/** The authority decided an application: the provider is ELIGIBLE for the call, or INELIGIBLE. */
public record ApplicationDecided(long applicationId, long callId, long providerId, ApplicationStatus outcome) {
}
