package it.integra.internship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One month of an internship in the attendance register: the {@code number}-th month, running from
 * {@code from} to {@code to}, keyed by {@code month}, the first day of the calendar month in which it
 * begins. The hours are null until entered; {@code amount} is the call's monthly allowance, due in full
 * when the attended hours reach the call's threshold of the planned ones.
 */
public record AttendanceMonth(int number, LocalDate month, LocalDate from, LocalDate to, BigDecimal plannedHours,
                              BigDecimal attendedHours, boolean allowanceDue, BigDecimal amount) {

    public boolean recorded() {
        return plannedHours != null;
    }

    /** The attended share of the planned hours, in per cent with one decimal; null until entered. */
    public BigDecimal percentage() {
        return recorded() ? attendedHours.multiply(BigDecimal.valueOf(100)).divide(plannedHours, 1, RoundingMode.DOWN)
                : null;
    }
}
