package it.integra.participant;

import java.time.LocalDate;

/** Whether a residence permit needs attention: expired, or expiring within {@value #WARNING_DAYS} days. */
public enum PermitAlert {
    NONE, EXPIRING, EXPIRED;

    public static final int WARNING_DAYS = 60;

    public static PermitAlert of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return NONE;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? NONE : EXPIRING;
    }
}
