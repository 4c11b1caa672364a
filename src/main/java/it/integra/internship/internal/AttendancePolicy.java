package it.integra.internship.internal;

import it.integra.internship.RecordAttendance;
import it.integra.platform.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly attendance register. An internship's months run from the start date, month by month
 * (java.time {@code plusMonths}), up to its last day; the last one may be shorter. A month's allowance
 * is due in full when the attended hours reach the call's threshold (70% unless the call says
 * otherwise) of the planned ones.
 */
public final class AttendancePolicy {

    static final BigDecimal MAX_MONTHLY_HOURS = new BigDecimal("400");

    private AttendancePolicy() {
    }

    /** A month of internship: its number from 1, its key (first day of its calendar month) and its days. */
    public record Period(int number, LocalDate month, LocalDate from, LocalDate to) {
    }

    public static List<Period> periods(LocalDate start, LocalDate lastDay) {
        List<Period> periods = new ArrayList<>();
        for (int k = 0; !start.plusMonths(k).isAfter(lastDay); k++) {
            LocalDate from = start.plusMonths(k);
            LocalDate to = start.plusMonths(k + 1L).minusDays(1);
            periods.add(new Period(k + 1, from.withDayOfMonth(1), from, to.isAfter(lastDay) ? lastDay : to));
        }
        return periods;
    }

    public static Optional<Period> period(List<Period> periods, LocalDate month) {
        return periods.stream().filter(p -> p.month().equals(month)).findFirst();
    }

    public static boolean allowanceDue(BigDecimal planned, BigDecimal attended, BigDecimal threshold) {
        return planned != null && attended != null && planned.signum() > 0
                && attended.compareTo(planned.multiply(threshold)) >= 0;
    }

    public static List<Violation> check(RecordAttendance entry, List<Period> periods, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Optional<Period> period = entry.month() == null ? Optional.empty() : period(periods, entry.month());
        if (period.isEmpty()) {
            violations.add(Violation.of("month", "internship.attendance.monthOutside"));
        } else if (period.get().from().isAfter(today)) {
            violations.add(Violation.of("month", "internship.attendance.notBegun", Dates.format(period.get().from())));
        }
        BigDecimal planned = entry.plannedHours();
        BigDecimal attended = entry.attendedHours();
        if (planned == null || planned.signum() <= 0 || planned.compareTo(MAX_MONTHLY_HOURS) > 0) {
            violations.add(Violation.of("plannedHours", "internship.attendance.planned", MAX_MONTHLY_HOURS));
        }
        if (attended == null || attended.signum() < 0) {
            violations.add(Violation.of("attendedHours", "internship.attendance.attended"));
        } else if (planned != null && attended.compareTo(planned) > 0) {
            violations.add(Violation.of("attendedHours", "internship.attendance.moreThanPlanned", attended, planned));
        }
        return violations;
    }
}
