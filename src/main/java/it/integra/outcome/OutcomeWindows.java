package it.integra.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The arithmetic of outcome windows. An internship that ended on E is observed for a window of N
 * months when E plus N calendar months ({@link LocalDate#plusMonths}, clamped to the end of the
 * month) is on or before the reference date; it is employed within the window when a contract of an
 * employment type starts between E and E plus N months, both inclusive.
 */
public final class OutcomeWindows {

    /** The windows of the headline report, in months. */
    public static final List<Integer> HEADLINE = List.of(3, 6, 12);

    /** The last month of the cumulative curve. */
    public static final int CURVE_MONTHS = 24;

    private OutcomeWindows() {
    }

    /**
     * The last end date whose window of {@code months} has closed by {@code asOf}: E + N months is on
     * or before asOf exactly when E is on or before this date (plusMonths never decreases as E grows),
     * which lets a query compare plain dates.
     */
    public static LocalDate lastObservableEnd(LocalDate asOf, int months) {
        LocalDate end = asOf.minusMonths(months);
        while (!end.plusDays(1).plusMonths(months).isAfter(asOf)) {
            end = end.plusDays(1);
        }
        while (end.plusMonths(months).isAfter(asOf)) {
            end = end.minusDays(1);
        }
        return end;
    }

    /** The least N such that {@code started} is on or before {@code ended} plus N months ({@code started >= ended}). */
    public static int monthsUntil(LocalDate ended, LocalDate started) {
        if (started.isBefore(ended)) {
            throw new IllegalArgumentException("started " + started + " before " + ended);
        }
        int months = (started.getYear() - ended.getYear()) * 12 + started.getMonthValue() - ended.getMonthValue();
        return started.isAfter(ended.plusMonths(months)) ? months + 1 : months;
    }
}
