package it.integra.platform.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.util.AntPathMatcher;

/**
 * The classes of work that take seconds of a core and of a database connection each, and so are
 * limited in number at once ({@link WorkLimiter}): a burst of them is answered 503, not queued.
 */
public enum HeavyWork {

    /** Report pages and the reports API: many aggregate statements per request. */
    REPORTS("/monitoring", "/monitoring/records", "/outcomes", "/outcomes/internships",
            "/api/v1/reports/**", "/api/v1/published/**", "/api/v1/outcomes/**"),

    /** Generated documents and exports: PDFs, workbooks, archives and the CSV exports. */
    DOCUMENTS("/api/v1/exports/**", "/**/*.pdf", "/**/*.xlsx", "/**/*.zip"),

    /**
     * The big searchable lists, whose first page counts and sorts every matching record (seconds each on
     * a national-scale database): without a limit a burst of them holds every pooled connection.
     */
    LISTS("/participants", "/clearances", "/internships", "/providers");

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<String> patterns;

    HeavyWork(String... patterns) {
        this.patterns = List.of(patterns);
    }

    /** The class of work of a path (without the context path), if it is heavy. */
    public static Optional<HeavyWork> of(String path) {
        return Arrays.stream(values())
                .filter(work -> work.patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path)))
                .findFirst();
    }
}
