package it.integra.internship;

import java.time.LocalDate;

/**
 * What happens to internships, for the modules above (accounting pays allowances and the host's
 * tutoring, outcomes looks for a job after the end) that keep their own records in step.
 */
public final class InternshipEvents {

    private InternshipEvents() {
    }

    /** A provider started the internship of a granted clearance. */
    public record InternshipStarted(long internshipId, long clearanceId, long callId, long providerId, long hostId,
                                    LocalDate startDate, LocalDate plannedEndDate) {
    }

    /** The internship reached its planned end. */
    public record InternshipCompleted(long internshipId, long clearanceId, long callId, long hostId, LocalDate endDate) {
    }

    /** The internship ended early; {@code reason} is the coded reason, {@code note} the free text. */
    public record InternshipTerminated(long internshipId, long clearanceId, long callId, long hostId, LocalDate endDate,
                                       TerminationReason reason, String note) {
    }

    /** A suspension moved the planned end by {@code days}. */
    public record InternshipSuspended(long internshipId, int days, LocalDate plannedEndDate) {
    }

    /** A month of the attendance register was entered or corrected; {@code allowanceDue} after the change. */
    public record AttendanceRecorded(long internshipId, LocalDate month, boolean allowanceDue) {
    }
}
