package it.integra.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** How the benchmarks time one call: the median of warm calls, in milliseconds. */
final class Timings {

    private Timings() {
    }

    /** The median of {@code rounds} calls, after {@code warmUp} calls that are not timed. */
    static long median(int warmUp, int rounds, Callable<?> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.call();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        return times.get(rounds / 2);
    }
}
