package it.integra.clearance;

/** What happens to clearances, for the modules above that keep their own records in step. */
public final class ClearanceEvents {

    private ClearanceEvents() {
    }

    /** A provider requested a clearance for the person it has in charge through {@code intakeId}. */
    public record ClearanceRequested(long clearanceId, long intakeId, long callId) {
    }

    /** The authority granted the clearance: the endowment is committed. */
    public record ClearanceGranted(long clearanceId, long callId) {
    }

    public record ClearanceRejected(long clearanceId) {
    }

    /** The internship never started: the committed endowment is released. */
    public record ClearanceCancelled(long clearanceId, long callId) {
    }
}
