package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternshipStatusTests {

    @Test
    void anOngoingInternshipCompletesOrEndsEarlyAndNothingElseMoves() {
        int allowed = 0;
        for (InternshipStatus from : InternshipStatus.values()) {
            for (InternshipStatus to : InternshipStatus.values()) {
                boolean expected = from == InternshipStatus.ONGOING
                        && (to == InternshipStatus.COMPLETED || to == InternshipStatus.TERMINATED);
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(expected);
                allowed += from.canBecome(to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(2);
    }

    @Test
    void onlyTheOngoingStatusIsNotAnEnd() {
        assertThat(InternshipStatus.ONGOING.isEnded()).isFalse();
        assertThat(InternshipStatus.COMPLETED.isEnded()).isTrue();
        assertThat(InternshipStatus.TERMINATED.isEnded()).isTrue();
    }
}
