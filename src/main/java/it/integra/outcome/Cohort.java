package it.integra.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the cumulative curves split the ended internships into cohorts to compare. */
public enum Cohort {
    NONE, CALL, PROGRAMME, YEAR;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Cohort> ofParam(String param) {
        return Arrays.stream(values()).filter(c -> c.param().equals(param)).findFirst();
    }
}
