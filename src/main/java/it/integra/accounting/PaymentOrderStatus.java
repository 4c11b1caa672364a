package it.integra.accounting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A payment order is prepared (listed for the bank), then paid. One table of steps. */
public enum PaymentOrderStatus {
    PREPARED, PAID;

    private static final Map<PaymentOrderStatus, Set<PaymentOrderStatus>> ALLOWED = Map.of(
            PREPARED, EnumSet.of(PAID),
            PAID, EnumSet.noneOf(PaymentOrderStatus.class));

    public boolean canBecome(PaymentOrderStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
