package it.integra.participant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.participant.SharedPart;
import it.integra.participant.TransferStatus;
import it.integra.participant.TransferStep;
import it.integra.participant.internal.TransferPolicy.Party;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may take which step on a transfer request, and when a step is refused. */
class TransferPolicyTests {

    private static final long HOLDER = 10;
    private static final long REQUESTER = 20;

    /** Written by hand: each step and the one party that may take it. */
    private static final Set<String> MAY = Set.of("APPROVE:AUTHORITY", "REFUSE:AUTHORITY", "SHARE:AUTHORITY",
            "RELEASE:HOLDER", "WITHDRAW:REQUESTER");

    static Stream<Arguments> everyStepAndParty() {
        List<Arguments> pairs = new ArrayList<>();
        for (TransferStep step : TransferStep.values()) {
            for (Party party : Party.values()) {
                pairs.add(Arguments.of(step, party));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyStepAndParty")
    void eachStepBelongsToOneParty(TransferStep step, Party party) {
        assertThat(TransferPolicy.mayTake(step, party)).isEqualTo(MAY.contains(step + ":" + party));
    }

    @Test
    void theUserStandsToARequestByRoleAndProvider() {
        assertThat(party(Role.ADMIN, null)).isEqualTo(Party.AUTHORITY);
        assertThat(party(Role.OFFICER, null)).isEqualTo(Party.AUTHORITY);
        assertThat(party(Role.PROVIDER, REQUESTER)).isEqualTo(Party.REQUESTER);
        assertThat(party(Role.PROVIDER, HOLDER)).isEqualTo(Party.HOLDER);
        assertThat(party(Role.PROVIDER, 30L)).isEqualTo(Party.OTHER);
        assertThat(party(Role.ANALYST, null)).isEqualTo(Party.OTHER);
        assertThat(TransferPolicy.partyOf(null, HOLDER, REQUESTER)).isEqualTo(Party.OTHER);
    }

    @Test
    void onlyThePartiesSeeARequest() {
        assertThat(TransferPolicy.maySee(Party.AUTHORITY)).isTrue();
        assertThat(TransferPolicy.maySee(Party.HOLDER)).isTrue();
        assertThat(TransferPolicy.maySee(Party.REQUESTER)).isTrue();
        assertThat(TransferPolicy.maySee(Party.OTHER)).isFalse();
    }

    @Test
    void aDecidedRequestIsNotDecidedAgain() {
        for (TransferStatus decided : List.of(TransferStatus.APPROVED, TransferStatus.RELEASED, TransferStatus.REFUSED,
                TransferStatus.WITHDRAWN)) {
            for (TransferStep step : List.of(TransferStep.APPROVE, TransferStep.RELEASE, TransferStep.WITHDRAW)) {
                assertThat(codes(TransferPolicy.check(step, decided, true, null, null)))
                        .as(step + " on " + decided).containsExactly("participant.transfer.notPending");
            }
            assertThat(codes(TransferPolicy.check(TransferStep.REFUSE, decided, true, "no", null)))
                    .containsExactly("participant.transfer.notPending");
        }
    }

    @Test
    void aWaitingRequestIsApprovedRefusedWithANoteReleasedOrWithdrawn() {
        assertThat(TransferPolicy.check(TransferStep.APPROVE, TransferStatus.REQUESTED, false, null, null)).isEmpty();
        assertThat(TransferPolicy.check(TransferStep.REFUSE, TransferStatus.REQUESTED, true, "Motivo", null)).isEmpty();
        assertThat(TransferPolicy.check(TransferStep.RELEASE, TransferStatus.REQUESTED, true, null, null)).isEmpty();
        assertThat(TransferPolicy.check(TransferStep.WITHDRAW, TransferStatus.REQUESTED, false, null, null)).isEmpty();
    }

    @Test
    void theProviderReleasesOnlyAPersonItStillHasInCharge() {
        assertThat(codes(TransferPolicy.check(TransferStep.RELEASE, TransferStatus.REQUESTED, false, null, null)))
                .containsExactly("participant.transfer.notInCharge");
    }

    @Test
    void aRefusalNeedsANoteAndNoNoteIsTooLong() {
        assertThat(TransferPolicy.check(TransferStep.REFUSE, TransferStatus.REQUESTED, true, "  ", null))
                .containsExactly(Violation.of("note", "participant.transfer.noteRequired"));
        assertThat(TransferPolicy.check(TransferStep.APPROVE, TransferStatus.REQUESTED, true, "x".repeat(2001), null))
                .containsExactly(Violation.of("note", "participant.tooLong", 2000));
        assertThat(TransferPolicy.check(TransferStep.APPROVE, TransferStatus.REQUESTED, true, "x".repeat(2000), null))
                .isEmpty();
    }

    @Test
    void sharingIsOnAGrantedRequestAndSharesSomething() {
        Set<SharedPart> documents = EnumSet.of(SharedPart.DOCUMENTS);
        assertThat(TransferPolicy.check(TransferStep.SHARE, TransferStatus.APPROVED, false, null, documents)).isEmpty();
        assertThat(TransferPolicy.check(TransferStep.SHARE, TransferStatus.RELEASED, false, null, documents)).isEmpty();
        for (TransferStatus status : List.of(TransferStatus.REQUESTED, TransferStatus.REFUSED, TransferStatus.WITHDRAWN)) {
            assertThat(codes(TransferPolicy.check(TransferStep.SHARE, status, true, null, documents)))
                    .as(status.name()).containsExactly("participant.transfer.notGranted");
        }
        assertThat(TransferPolicy.check(TransferStep.SHARE, TransferStatus.APPROVED, false, null, Set.of()))
                .containsExactly(Violation.of("parts", "participant.transfer.nothingShared"));
    }

    @Test
    void aRequestGivesAReasonOfAtMost2000Characters() {
        Violation required = Violation.of("reason", "participant.transfer.reasonRequired");
        assertThat(TransferPolicy.checkReason(null)).containsExactly(required);
        assertThat(TransferPolicy.checkReason(" \t")).containsExactly(required);
        assertThat(TransferPolicy.checkReason("y".repeat(2001)))
                .containsExactly(Violation.of("reason", "participant.tooLong", 2000));
        assertThat(TransferPolicy.checkReason("La persona si è trasferita a Milano")).isEmpty();
    }

    private static Party party(Role role, Long provider) {
        return TransferPolicy.partyOf(new CurrentUser(1, "u", "U", role, provider, null), HOLDER, REQUESTER);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
