package it.integra.participant;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a transfer request: filed by the provider that wants to take the person in charge,
 * then approved by the authority, released by the provider in charge (which approves it by letting
 * the person go), refused by the authority, or withdrawn by the requester. One table of steps; a
 * decided request does not move again, though the authority may still share the earlier provider's
 * records on an approved or released one.
 */
public enum TransferStatus {
    REQUESTED, APPROVED, RELEASED, REFUSED, WITHDRAWN;

    private static final Map<TransferStatus, Set<TransferStatus>> ALLOWED = Map.of(
            REQUESTED, EnumSet.of(APPROVED, RELEASED, REFUSED, WITHDRAWN),
            APPROVED, EnumSet.noneOf(TransferStatus.class),
            RELEASED, EnumSet.noneOf(TransferStatus.class),
            REFUSED, EnumSet.noneOf(TransferStatus.class),
            WITHDRAWN, EnumSet.noneOf(TransferStatus.class));

    public boolean canBecome(TransferStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isPending() {
        return this == REQUESTED;
    }

    /** Approved by the authority or by the release: the requester has the person in charge. */
    public boolean isGranted() {
        return this == APPROVED || this == RELEASED;
    }
}
