package it.integra.internship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A suspension of an internship, both dates included. */
public record Suspension(long id, long internshipId, SuspensionCause cause, LocalDate from, LocalDate to, String note) {

    public int days() {
        return daysBetween(from, to);
    }

    /** The days from {@code from} to {@code to}, both included. */
    public static int daysBetween(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
