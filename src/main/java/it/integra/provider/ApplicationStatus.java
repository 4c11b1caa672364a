package it.integra.provider;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a provider's application to a call stands: submitted and waiting for the authority
 * (PENDING), then decided once, ELIGIBLE or INELIGIBLE. A decision is final. One table of allowed steps.
 */
public enum ApplicationStatus {
    PENDING, ELIGIBLE, INELIGIBLE;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(ELIGIBLE, INELIGIBLE),
            ELIGIBLE, EnumSet.noneOf(ApplicationStatus.class),
            INELIGIBLE, EnumSet.noneOf(ApplicationStatus.class));

    public boolean canBecome(ApplicationStatus next) {
        return next != null && ALLOWED.get(this).contains(next);
    }

    /** Whether the authority has decided: nothing can follow. */
    public boolean isDecided() {
        return ALLOWED.get(this).isEmpty();
    }
}
