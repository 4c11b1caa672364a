package it.integra.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The hours of a pathway against its call's model, area by area, and the entries logged.
 *
 * @param internshipLastDay the internship's end, or planned end while ongoing; null before it starts
 */
public record PathwayHours(long clearanceId, String clearanceCode, long providerId, LocalDate internshipLastDay,
                           List<Area> areas, List<Entry> entries) {

    public PathwayHours {
        areas = List.copyOf(areas);
        entries = List.copyOf(entries);
    }

    /** One area of the model with the hours delivered, and those of them after the internship's end. */
    public record Area(String area, String phase, BigDecimal modelHours, BigDecimal hoursAfterEnd, boolean optional,
                       BigDecimal delivered, BigDecimal afterEnd) {

        /** Delivered share of the model hours, 0 to 100, for the progress bar. */
        public int percent() {
            if (modelHours.signum() == 0) {
                return 0;
            }
            return delivered.multiply(BigDecimal.valueOf(100)).divide(modelHours, 0, RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100)).intValue();
        }

        public boolean complete() {
            return delivered.compareTo(modelHours) >= 0;
        }

        /** Whether the model wants some of the area's hours after the internship's end. */
        public boolean hasHoursAfterEnd() {
            return hoursAfterEnd.signum() > 0;
        }
    }

    /** A day of service; imported ones have no mode, operator or session. */
    public record Entry(long id, LocalDate deliveredOn, String area, BigDecimal hours, String mode, String operator,
                        String note, Long sessionId, int sessionSize, boolean imported) {

        public boolean group() {
            return sessionSize > 1;
        }
    }

    /** Decimals to show hours with: none when whole, two otherwise. */
    public int decimals(BigDecimal hours) {
        return hours.stripTrailingZeros().scale() > 0 ? 2 : 0;
    }

    public BigDecimal totalDelivered() {
        return areas.stream().filter(a -> !a.optional()).map(Area::delivered).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalModel() {
        return areas.stream().filter(a -> !a.optional()).map(Area::modelHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
