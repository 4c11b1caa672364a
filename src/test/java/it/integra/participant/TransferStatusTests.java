package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step of a transfer request's life, allowed and refused, against a table written by hand. */
class TransferStatusTests {

    /** The only allowed steps: a waiting request is approved, released, refused or withdrawn; nothing else moves. */
    private static final Set<String> ALLOWED = Set.of(
            "REQUESTED>APPROVED", "REQUESTED>RELEASED", "REQUESTED>REFUSED", "REQUESTED>WITHDRAWN");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (TransferStatus from : TransferStatus.values()) {
            for (TransferStatus to : TransferStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void allowsOnlyTheStepsOfTheTable(TransferStatus from, TransferStatus to) {
        assertThat(from.canBecome(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyAWaitingRequestIsPendingAndOnlyApprovedOrReleasedOnesAreGranted(TransferStatus status) {
        assertThat(status.isPending()).isEqualTo(status == TransferStatus.REQUESTED);
        assertThat(status.isGranted()).isEqualTo(status == TransferStatus.APPROVED || status == TransferStatus.RELEASED);
    }

    static Stream<TransferStatus> statuses() {
        return Stream.of(TransferStatus.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void eachDecisionLeadsToItsStatusAndAShareToNone(TransferStep step, TransferStatus expected) {
        assertThat(step.leadsTo().orElse(null)).isEqualTo(expected);
    }

    static Stream<Arguments> steps() {
        return Stream.of(Arguments.of(TransferStep.APPROVE, TransferStatus.APPROVED),
                Arguments.of(TransferStep.RELEASE, TransferStatus.RELEASED),
                Arguments.of(TransferStep.REFUSE, TransferStatus.REFUSED),
                Arguments.of(TransferStep.WITHDRAW, TransferStatus.WITHDRAWN),
                Arguments.of(TransferStep.SHARE, null));
    }
}
