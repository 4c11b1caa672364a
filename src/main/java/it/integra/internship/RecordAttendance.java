package it.integra.internship;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The hours of one month of an internship, entered (or corrected) by the provider.
 *
 * @param month the month's key: the first day of the calendar month in which that month of internship begins
 */
public record RecordAttendance(long internshipId, LocalDate month, BigDecimal plannedHours, BigDecimal attendedHours) {
}
