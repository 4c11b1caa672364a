package it.integra.programme;

/** A call was created, edited, published or closed. */
public record CallChanged(long callId, String code, CallStatus status, String action) {
}
