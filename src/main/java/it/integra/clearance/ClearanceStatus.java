package it.integra.clearance;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a clearance (nulla osta): requested by a provider, then granted or rejected by the
 * authority; a granted clearance whose internship never starts is cancelled. One table of steps.
 */
public enum ClearanceStatus {
    REQUESTED, GRANTED, REJECTED, CANCELLED;

    private static final Map<ClearanceStatus, Set<ClearanceStatus>> ALLOWED = Map.of(
            REQUESTED, EnumSet.of(GRANTED, REJECTED),
            GRANTED, EnumSet.of(CANCELLED),
            REJECTED, EnumSet.noneOf(ClearanceStatus.class),
            CANCELLED, EnumSet.noneOf(ClearanceStatus.class));

    public boolean canBecome(ClearanceStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Requested or granted: the person has an open pathway in the call. */
    public boolean isOpen() {
        return this == REQUESTED || this == GRANTED;
    }
}
