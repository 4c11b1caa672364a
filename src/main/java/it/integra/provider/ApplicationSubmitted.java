package it.integra.provider;

/** A provider applied to a call. */
public record ApplicationSubmitted(long applicationId, long callId, long providerId) {
}
