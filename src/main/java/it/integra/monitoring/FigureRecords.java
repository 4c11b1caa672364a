package it.integra.monitoring;

import it.integra.monitoring.internal.RecordQueries;
import it.integra.monitoring.internal.ReportScope;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind each number of the Monitoraggio page (drill-down), with the report's filters and
 * the reader's scope: a figure of a national report ignores the region as the report does; an analyst
 * bound to a region gets only territorial figures of that region and is refused any other region.
 * Administrators and officers see the participants' names, analysts their pseudonymous codes only;
 * provider operators have their own lists elsewhere and are refused these.
 */
@Service
@Transactional(readOnly = true)
public class FigureRecords {

    /** The statuses a list can be narrowed to: of the application, of the clearance or of the internship. */
    public static final Set<String> STATUSES = Set.of("PENDING", "ELIGIBLE", "INELIGIBLE", "REQUESTED", "GRANTED",
            "REJECTED", "CANCELLED", "ONGOING", "COMPLETED", "TERMINATED");

    private final JdbcClient jdbc;
    private final RecordQueries queries;

    FigureRecords(JdbcClient jdbc, RecordQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * @param argument the section or area the figure needs, ignored by the others
     * @param status narrows the records to those with this status, or null
     * @throws UnknownFilterException when a filter names nothing known or the argument is missing
     * @throws OutOfScopeFilterException for a province outside a region-bound analyst's region
     * @throws org.springframework.security.access.AccessDeniedException outside the user's scope
     */
    public Page<FigureRecord> find(Figure figure, String argument, String status, ReportFilter filter,
                                   CurrentUser user, Pageable page) {
        if (user.providerScope().isPresent()) {
            throw new AccessDeniedException("the lists behind the monitoring figures are not for provider operators");
        }
        ReportFilter scoped = ReportAccess.scoped(filter, figure.territorial(), user);
        if (!figure.territorial()) {
            scoped = scoped.withRegion(null);
        }
        String needed = figure.argument() == null ? null : blankToNull(argument);
        if (figure.argument() != null && needed == null) {
            throw new UnknownFilterException("records.filter." + figure.argument(), "");
        }
        String narrowed = blankToNull(status);
        if (narrowed != null && !STATUSES.contains(narrowed)) {
            throw new UnknownFilterException("records.filter.status", narrowed);
        }
        return queries.records(figure, needed, narrowed, ReportScope.resolve(jdbc, scoped), seesNames(user), page);
    }

    public static boolean seesNames(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.OFFICER;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
