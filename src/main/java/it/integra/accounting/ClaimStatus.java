package it.integra.accounting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a provider's claim (rendicontazione): a draft the provider assembles and may discard,
 * requested when sent to the authority, verified once an officer has accepted or rejected every
 * line, paid when the money has gone out. One table of steps.
 */
public enum ClaimStatus {
    DRAFT, REQUESTED, VERIFIED, PAID;

    private static final Map<ClaimStatus, Set<ClaimStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(REQUESTED),
            REQUESTED, EnumSet.of(VERIFIED),
            VERIFIED, EnumSet.of(PAID),
            PAID, EnumSet.noneOf(ClaimStatus.class));

    public boolean canBecome(ClaimStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Sent to the authority: its lines count as claimed. */
    public boolean isSubmitted() {
        return this != DRAFT;
    }
}
