package it.integra.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Tells, when a lifecycle refuses a step, whether the record has moved past it (someone else did this
 * step or a competing one first: a {@link ChangedMeanwhile}) or has not reached it yet (a step out of
 * order, which stays a refusal of the request).
 */
public final class Lifecycles {

    private Lifecycles() {
    }

    /**
     * Whether a record in {@code current} has gone past {@code next}: it is already there, or no sequence
     * of allowed steps leads from it to {@code next} any more.
     */
    public static <E extends Enum<E>> boolean movedPast(E current, E next, BiPredicate<E, E> canBecome) {
        return current == next || !reachable(current, next, canBecome);
    }

    private static <E extends Enum<E>> boolean reachable(E from, E to, BiPredicate<E, E> canBecome) {
        Set<E> seen = EnumSet.of(from);
        Deque<E> open = new ArrayDeque<>(seen);
        E[] all = from.getDeclaringClass().getEnumConstants();
        while (!open.isEmpty()) {
            E state = open.pop();
            for (E candidate : all) {
                if (canBecome.test(state, candidate)) {
                    if (candidate == to) {
                        return true;
                    }
                    if (seen.add(candidate)) {
                        open.push(candidate);
                    }
                }
            }
        }
        return false;
    }
}
