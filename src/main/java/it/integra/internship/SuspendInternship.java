package it.integra.internship;

import java.time.LocalDate;

/** Suspends an internship from {@code from} to {@code to}, both included. */
public record SuspendInternship(long internshipId, SuspensionCause cause, LocalDate from, LocalDate to, String note) {

    public SuspendInternship {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
