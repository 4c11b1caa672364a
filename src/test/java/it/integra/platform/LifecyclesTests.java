package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which refused steps are a change that came too late, on a lifecycle with a loop and two ends. */
class LifecyclesTests {

    /** DRAFT -> SENT -> (ACTIVE <-> PAUSED) -> DONE, and SENT -> DROPPED. */
    enum Step {
        DRAFT, SENT, ACTIVE, PAUSED, DONE, DROPPED;

        private static final Map<Step, Set<Step>> ALLOWED = Map.of(
                DRAFT, EnumSet.of(SENT),
                SENT, EnumSet.of(ACTIVE, DROPPED),
                ACTIVE, EnumSet.of(PAUSED, DONE),
                PAUSED, EnumSet.of(ACTIVE),
                DONE, EnumSet.noneOf(Step.class),
                DROPPED, EnumSet.noneOf(Step.class));

        boolean canBecome(Step next) {
            return ALLOWED.get(this).contains(next);
        }
    }

    @Test
    void theSameStepTwiceHasMovedPastIt() {
        for (Step step : Step.values()) {
            assertThat(Lifecycles.movedPast(step, step, Step::canBecome)).as(step.name()).isTrue();
        }
    }

    @Test
    void aStepThatCanStillBeReachedIsNotPastEvenWhenItIsNotTheNextOne() {
        assertThat(Lifecycles.movedPast(Step.DRAFT, Step.ACTIVE, Step::canBecome)).isFalse();
        assertThat(Lifecycles.movedPast(Step.DRAFT, Step.DONE, Step::canBecome)).isFalse();
        assertThat(Lifecycles.movedPast(Step.SENT, Step.ACTIVE, Step::canBecome)).isFalse();
        // around the loop: a paused record can be paused again after it resumes
        assertThat(Lifecycles.movedPast(Step.ACTIVE, Step.PAUSED, Step::canBecome)).isFalse();
        assertThat(Lifecycles.movedPast(Step.PAUSED, Step.DONE, Step::canBecome)).isFalse();
    }

    @Test
    void aStepNoLongerReachableHasBeenMovedPast() {
        assertThat(Lifecycles.movedPast(Step.SENT, Step.DRAFT, Step::canBecome)).isTrue();
        assertThat(Lifecycles.movedPast(Step.DROPPED, Step.ACTIVE, Step::canBecome)).isTrue();
        assertThat(Lifecycles.movedPast(Step.ACTIVE, Step.DROPPED, Step::canBecome)).isTrue();
        assertThat(Lifecycles.movedPast(Step.DONE, Step.PAUSED, Step::canBecome)).isTrue();
        assertThat(Lifecycles.movedPast(Step.PAUSED, Step.SENT, Step::canBecome)).isTrue();
    }
}
