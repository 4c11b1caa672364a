package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What happens in accounting, published in the transaction that did it. */
public final class AccountingEvents {

    private AccountingEvents() {
    }

    /** One pathway's row of a logged session; {@code clearanceId} is null for hours before the request. */
    public record Delivery(long id, Long clearanceId, Long intakeId, String area, LocalDate deliveredOn,
                           BigDecimal hours) {
    }

    /** Staff logged a service session, for one pathway or, as a group session, for several. */
    public record HoursLogged(long sessionId, List<Delivery> deliveries) {

        public HoursLogged {
            deliveries = List.copyOf(deliveries);
        }
    }

    /** A claim moved to a new status. */
    public record ClaimMoved(long claimId, long providerId, ClaimStatus status) {
    }

    /** A payment order was marked paid. */
    public record PaymentOrderPaid(long orderId, PaymentKind kind) {
    }
}
