package it.integra.monitoring.internal;

import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.UnknownFilterException;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report filter resolved against the database: the ids of the calls it covers (null for all), the
 * region, the province, the period and the one provider (null for all). Renders the SQL conditions
 * that the report queries append.
 */
public record ReportScope(Long[] callIds, String region, String province, LocalDate from, LocalDate to,
                          Long providerId) {

    /** A scope of every provider. */
    public ReportScope(Long[] callIds, String region, String province, LocalDate from, LocalDate to) {
        this(callIds, region, province, from, to, null);
    }

    public static ReportScope resolve(JdbcClient jdbc, ReportFilter filter) {
        Long[] callIds = callIds(jdbc, filter);
        checkProvinceAndPeriod(filter);
        return new ReportScope(callIds, filter.region(), filter.province(), filter.from(), filter.to(),
                filter.provider());
    }

    private static Long[] callIds(JdbcClient jdbc, ReportFilter filter) {
        if (filter.region() != null && !jdbc.sql("SELECT count(*) > 0 FROM reference.region WHERE code = :r")
                .param("r", filter.region()).query(Boolean.class).single()) {
            throw new UnknownFilterException("report.filter.region", filter.region());
        }
        if (filter.calls().isEmpty() && filter.programme() == null) {
            return null;
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
        return ids.toArray(Long[]::new);
    }

    private static void checkProvinceAndPeriod(ReportFilter filter) {
        if (filter.province() != null) {
            Territory.Province province = Territory.province(filter.province())
                    .orElseThrow(() -> new UnknownFilterException("report.filter.province", filter.province()));
            if (filter.region() != null && !province.regionCode().equals(filter.region())) {
                throw new UnknownFilterException("report.filter.provinceRegion", filter.province());
            }
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new UnknownFilterException("report.filter.period", filter.from() + " > " + filter.to());
        }
    }

    /** The same scope over another period (either bound null for none). */
    ReportScope within(LocalDate periodFrom, LocalDate periodTo) {
        return new ReportScope(callIds, region, province, periodFrom, periodTo, providerId);
    }

    /** The same scope restricted to the given calls. */
    ReportScope ofCalls(Long[] ids) {
        return new ReportScope(ids, region, province, from, to, providerId);
    }

    /** {@code AND <alias>.call_id = ANY(:calls)} when restricted by call, else nothing. */
    String calls(String alias) {
        return callIds == null ? "" : " AND " + alias + ".call_id = ANY(:calls)";
    }

    /** {@code AND <alias>.region_code = :region} when restricted by region, else nothing. */
    String region(String alias) {
        return region == null ? "" : " AND " + alias + ".region_code = :region";
    }

    /** The conditions on a clearance (calls, province, period, provider) that every pathway figure applies. */
    String pathways(String alias) {
        return calls(alias) + province(alias) + period(alias) + provider(alias);
    }

    /** The conditions on an application (calls, period of submission, provider). */
    String applications(String alias) {
        return calls(alias) + submitted(alias) + provider(alias);
    }

    /** {@code AND <alias>.provider_id = :provider} when restricted to one provider, else nothing. */
    String provider(String alias) {
        return providerId == null ? "" : " AND " + alias + ".provider_id = :provider";
    }

    /** {@code AND <alias>.province = :province} when restricted to a province, else nothing. */
    String province(String alias) {
        return province == null ? "" : " AND " + alias + ".province = :province";
    }

    /** The period on a clearance ({@code <alias>.requested_on} between the bounds, both inclusive). */
    String period(String alias) {
        return between(alias + ".requested_on");
    }

    /** The period on a summary's month of request: the months between the bounds. */
    String months(String alias) {
        return between(alias + ".month");
    }

    /**
     * Whether the monthly summaries answer exactly: the period, if any, is made of whole months (from a
     * first day, to a last day) and no provider narrows it (the summaries do not keep providers).
     */
    public boolean summarised() {
        return wholeMonths() && providerId == null;
    }

    public boolean wholeMonths() {
        return (from == null || from.getDayOfMonth() == 1)
                && (to == null || to.getDayOfMonth() == to.lengthOfMonth());
    }

    /** The period on an application ({@code <alias>.submitted_on} between the bounds, both inclusive). */
    String submitted(String alias) {
        return between(alias + ".submitted_on");
    }

    private String between(String column) {
        return (from == null ? "" : " AND " + column + " >= :from") + (to == null ? "" : " AND " + column + " <= :to");
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = callIds == null ? statement : statement.param("calls", callIds);
        bound = region == null ? bound : bound.param("region", region);
        bound = province == null ? bound : bound.param("province", province);
        bound = providerId == null ? bound : bound.param("provider", providerId);
        bound = from == null ? bound : bound.param("from", from);
        return to == null ? bound : bound.param("to", to);
    }
}
