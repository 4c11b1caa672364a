package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimStatusTests {

    private static final java.util.Map<ClaimStatus, Set<ClaimStatus>> EXPECTED = java.util.Map.of(
            ClaimStatus.DRAFT, EnumSet.of(ClaimStatus.REQUESTED),
            ClaimStatus.REQUESTED, EnumSet.of(ClaimStatus.VERIFIED),
            ClaimStatus.VERIFIED, EnumSet.of(ClaimStatus.PAID),
            ClaimStatus.PAID, EnumSet.noneOf(ClaimStatus.class));

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void aClaimMovesOnlyAlongTheTable(ClaimStatus from) {
        for (ClaimStatus to : ClaimStatus.values()) {
            assertThat(from.canBecome(to)).as("%s -> %s", from, to).isEqualTo(EXPECTED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(PaymentOrderStatus.class)
    void aPaymentOrderIsPreparedThenPaidAndNothingElse(PaymentOrderStatus from) {
        for (PaymentOrderStatus to : PaymentOrderStatus.values()) {
            assertThat(from.canBecome(to)).as("%s -> %s", from, to)
                    .isEqualTo(from == PaymentOrderStatus.PREPARED && to == PaymentOrderStatus.PAID);
        }
    }
}
