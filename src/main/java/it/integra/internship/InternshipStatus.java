package it.integra.internship;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an internship: ongoing, then completed at its planned end or terminated early (cessato).
 * One table of steps; an ended internship does not move again.
 */
public enum InternshipStatus {
    ONGOING, COMPLETED, TERMINATED;

    private static final Map<InternshipStatus, Set<InternshipStatus>> ALLOWED = Map.of(
            ONGOING, EnumSet.of(COMPLETED, TERMINATED),
            COMPLETED, EnumSet.noneOf(InternshipStatus.class),
            TERMINATED, EnumSet.noneOf(InternshipStatus.class));

    public boolean canBecome(InternshipStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isEnded() {
        return this != ONGOING;
    }
}
