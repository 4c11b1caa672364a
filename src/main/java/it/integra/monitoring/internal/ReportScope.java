package it.integra.monitoring.internal;

import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.UnknownFilterException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report filter resolved against the database: the ids of the calls it covers (null for all) and
 * the region. Renders the SQL conditions that the report queries append.
 */
public record ReportScope(Long[] callIds, String region) {

    public static ReportScope resolve(JdbcClient jdbc, ReportFilter filter) {
        if (filter.region() != null && !jdbc.sql("SELECT count(*) > 0 FROM reference.region WHERE code = :r")
                .param("r", filter.region()).query(Boolean.class).single()) {
            throw new UnknownFilterException("report.filter.region", filter.region());
        }
        if (filter.calls().isEmpty() && filter.programme() == null) {
            return new ReportScope(null, filter.region());
        }
        if (filter.programme() != null && !jdbc.sql("SELECT count(*) > 0 FROM programme.programme WHERE code = :p")
                .param("p", filter.programme()).query(Boolean.class).single()) {
            throw new UnknownFilterException("report.filter.programme", filter.programme());
        }
        Map<String, Long> known = jdbc.sql("SELECT code, id FROM programme.call WHERE code = ANY(:codes)")
                .param("codes", filter.calls().toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        filter.calls().stream().filter(code -> !known.containsKey(code)).findFirst().ifPresent(code -> {
            throw new UnknownFilterException("report.filter.call", code);
        });
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM programme.call
                        WHERE (cardinality(CAST(:codes AS text[])) = 0 OR code = ANY(:codes))
                          AND (CAST(:programme AS text) IS NULL OR programme_code = :programme)""")
                .param("codes", filter.calls().toArray(String[]::new))
                .param("programme", filter.programme())
                .query(Long.class).list();
        return new ReportScope(ids.toArray(Long[]::new), filter.region());
    }

    /** {@code AND <alias>.call_id = ANY(:calls)} when restricted by call, else nothing. */
    String calls(String alias) {
        return callIds == null ? "" : " AND " + alias + ".call_id = ANY(:calls)";
    }

    /** {@code AND <alias>.region_code = :region} when restricted by region, else nothing. */
    String region(String alias) {
        return region == null ? "" : " AND " + alias + ".region_code = :region";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = callIds == null ? statement : statement.param("calls", callIds);
        return region == null ? bound : bound.param("region", region);
    }
}
