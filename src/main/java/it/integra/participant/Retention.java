package it.integra.participant;

import java.time.LocalDate;

/**
 * How long a person's record is kept: {@code years} from its reference date. With clearances, the
 * closing date and the retention of the call whose retention ends last among the calls of the
 * person's clearances; without, the latest intake date (the record's creation when there is none) and
 * the default retention. A person still in charge of a provider is not erased.
 */
public record Retention(LocalDate referenceDate, int years, boolean inCharge) {

    /** The first day the record may be erased. */
    public LocalDate erasableFrom() {
        return referenceDate.plusYears(years).plusDays(1);
    }

    public boolean erasableOn(LocalDate today) {
        return !inCharge && !today.isBefore(erasableFrom());
    }
}
