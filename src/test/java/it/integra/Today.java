package it.integra;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the application sees it: its clock runs on Italian time, so a test that compares a date the
 * application stamped must not ask the machine's own zone (late in the UTC evening they differ by a day).
 */
public final class Today {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ROME);
    }
}
