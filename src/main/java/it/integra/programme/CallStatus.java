package it.integra.programme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a call: drafted by the authority, opened (published) to applications and clearance
 * requests between its dates, then closed. One table of allowed steps.
 */
public enum CallStatus {
    DRAFT, OPEN, CLOSED;

    private static final Map<CallStatus, Set<CallStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(OPEN),
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CallStatus.class));

    public boolean canBecome(CallStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
