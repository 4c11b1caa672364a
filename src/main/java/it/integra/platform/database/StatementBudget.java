package it.integra.platform.database;

import java.time.Duration;

/**
 * How long one SQL statement of the current thread may run, when the thread serves an interactive
 * request: the load filter sets it for the request and clears it after. Threads that set nothing (the
 * imports' and exports' workers, the demo loader, Flyway, scheduled jobs) run without a limit.
 */
public final class StatementBudget {

    private static final ThreadLocal<Duration> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<StatementWatch> WATCH = new ThreadLocal<>();

    private StatementBudget() {
    }

    /** Limits the statements of this thread until {@link #clear()}. */
    public static void set(Duration limit) {
        CURRENT.set(limit);
    }

    /** Records each statement of this thread in the watch until {@link #clear()}. */
    public static void watch(StatementWatch watch) {
        WATCH.set(watch);
    }

    public static void clear() {
        CURRENT.remove();
        WATCH.remove();
    }

    static StatementWatch watch() {
        return WATCH.get();
    }

    /** The limit in whole seconds (rounded up, at least 1), or 0 for none. */
    static int seconds() {
        Duration limit = CURRENT.get();
        if (limit == null || limit.isZero() || limit.isNegative()) {
            return 0;
        }
        return (int) Math.max(1, (limit.toMillis() + 999) / 1000);
    }
}
