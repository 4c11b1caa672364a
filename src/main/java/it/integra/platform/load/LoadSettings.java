package it.integra.platform.load;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.AntPathMatcher;

/**
 * How much work the application takes on at once ({@code integra.load.*}).
 *
 * @param statementTimeout how long one SQL statement of an interactive request may run; then it is
 *                         cancelled and the request answered 503 ({@code 0} for no limit)
 * @param unboundedPaths   routes whose statements have no limit: imports, exports and backups, which
 *                         are long by nature (background work, the demo loader and Flyway have none either)
 * @param reportsPermits   heavy reports (the Monitoraggio and outcome pages, the reports API) computed
 *                         at once; {@code 0} for twice the number of cores
 * @param documentsPermits documents (PDF and XLSX packs, exports) produced at once; {@code 0} for the
 *                         number of cores
 * @param listsPermits     big lists (people, clearances, internships, providers) searched at once;
 *                         {@code 0} for the number of cores
 * @param waitForPermit    how long a heavy request may wait for a permit before the 503
 * @param retryAfter       what the 503 tells the client to wait ({@code Retry-After}, whole seconds)
 */
@ConfigurationProperties("integra.load")
public record LoadSettings(
        @DefaultValue("10s") Duration statementTimeout,
        @DefaultValue({"/api/v1/imports/**", "/interchange/**", "/api/v1/exports/**", "/admin/backups/**",
            "/api/v1/admin/backups/**"}) List<String> unboundedPaths,
        @DefaultValue("0") int reportsPermits,
        @DefaultValue("0") int documentsPermits,
        @DefaultValue("0") int listsPermits,
        @DefaultValue("1s") Duration waitForPermit,
        @DefaultValue("5s") Duration retryAfter) {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** Whether the statements of a request for this path are limited by {@link #statementTimeout()}. */
    public boolean bounded(String path) {
        return !statementTimeout.isZero() && unboundedPaths.stream().noneMatch(pattern -> PATHS.match(pattern, path));
    }

    /** The permits of a class of heavy work. */
    int permits(HeavyWork work) {
        int configured = switch (work) {
            case REPORTS -> reportsPermits;
            case DOCUMENTS -> documentsPermits;
            case LISTS -> listsPermits;
        };
        if (configured > 0) {
            return configured;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        // a report spends much of its time waiting for PostgreSQL, which works on the same cores meanwhile
        return work == HeavyWork.REPORTS ? 2 * cores : cores;
    }

    /** The {@code Retry-After} value, in whole seconds (at least 1). */
    public String retryAfterSeconds() {
        return Long.toString(Math.max(1, retryAfter.toSeconds()));
    }
}
