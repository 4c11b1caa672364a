package it.integra.outcome.internal;

import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.Window;
import it.integra.outcome.OutcomeWindows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL shared by the outcome queries over the facts (alias {@code f}): the scope's conditions and
 * the counts of each window. A window's observation is a plain date comparison, {@code f.end_date <=
 * :tN}, with tN the last end date whose window has closed by the reference date.
 */
final class FactSql {

    private FactSql() {
    }

    /**
     * The facts in scope with what the breakdowns group by: the call's code and the participant's target
     * group, sex and birth date (read now, so a corrected participant shows at once).
     */
    static String withAttributes(OutcomeScope scope) {
        return "SELECT f.*, c.code AS call_code, c.programme_code, p.target_group, p.sex, p.birth_date "
                + "FROM outcome.internship_outcome f JOIN programme.call c ON c.id = f.call_id "
                + "JOIN participant.participant p ON p.id = f.participant_id" + where(scope);
    }

    /** {@code f.status = :status} and the scope's restrictions. */
    static String where(OutcomeScope scope) {
        StringBuilder where = new StringBuilder(" WHERE f.status = :status");
        if (scope.callIds() != null) {
            where.append(" AND f.call_id = ANY(:calls)");
        }
        if (scope.providerId() != null) {
            where.append(" AND f.provider_id = :provider");
        }
        if (scope.regionCode() != null) {
            where.append(" AND f.region_code = :region");
        }
        return where.toString();
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OutcomeScope scope, EndStatus status,
                                         LocalDate asOf) {
        JdbcClient.StatementSpec bound = statement.param("status", status.name());
        if (scope.callIds() != null) {
            bound = bound.param("calls", scope.callIds().toArray(Long[]::new));
        }
        if (scope.providerId() != null) {
            bound = bound.param("provider", scope.providerId());
        }
        if (scope.regionCode() != null) {
            bound = bound.param("region", scope.regionCode());
        }
        for (int months : OutcomeWindows.HEADLINE) {
            bound = bound.param("t" + months, OutcomeWindows.lastObservableEnd(asOf, months));
        }
        return bound;
    }

    /** For each headline window: observed, employed within it, hired by the host within it. */
    static String windowCounts() {
        StringBuilder sql = new StringBuilder();
        for (int months : OutcomeWindows.HEADLINE) {
            String observed = "f.end_date <= :t" + months;
            sql.append(", count(*) FILTER (WHERE ").append(observed).append(')')
                    .append(", count(*) FILTER (WHERE ").append(observed).append(" AND f.months_to_employment <= ")
                    .append(months).append(')')
                    .append(", count(*) FILTER (WHERE ").append(observed)
                    .append(" AND f.months_to_host_employment <= ").append(months).append(')');
        }
        return sql.toString();
    }

    /** Reads what {@link #windowCounts()} selected, starting at the 1-based {@code column}. */
    static List<Window> windows(ResultSet rs, int column) throws SQLException {
        List<Window> windows = new ArrayList<>();
        int c = column;
        for (int months : OutcomeWindows.HEADLINE) {
            windows.add(new Window(months, rs.getLong(c), rs.getLong(c + 1), rs.getLong(c + 2)));
            c += 3;
        }
        return windows;
    }
}
