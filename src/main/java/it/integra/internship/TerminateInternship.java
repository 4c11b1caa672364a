package it.integra.internship;

import java.time.LocalDate;

/** Ends an internship early, on {@code endDate} (its last day), for a reason; OTHER needs a note. */
public record TerminateInternship(long internshipId, LocalDate endDate, TerminationReason reason, String note) {

    public TerminateInternship {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
