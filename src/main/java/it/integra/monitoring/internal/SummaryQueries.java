package it.integra.monitoring.internal;

import it.integra.monitoring.Reports.Funnel;
import it.integra.monitoring.Reports.SectorRow;
import it.integra.monitoring.Reports.ServiceRow;
import it.integra.monitoring.Reports.TerritoryRow;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring reports read from the summaries per call, province and month of request that the
 * database keeps beside the records (migration {@code monitoring/V8_10_2}): a report reads one row per
 * key and status instead of one per pathway. Serves scopes whose period is made of whole months.
 */
@Component
public class SummaryQueries implements ReportSource {

    private static final String GRANTED = "s.clearance_status IN ('GRANTED', 'CANCELLED')";

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conditions of a scope on a summary aliased {@code s}, as the records' queries apply them. */
    private static String where(ReportScope scope) {
        return scope.calls("s") + scope.province("s") + scope.months("s");
    }

    /** The same for the territorial reports, which also honour the region. */
    private static String territorial(ReportScope scope) {
        return where(scope) + scope.region("s");
    }

    @Override
    public Funnel funnel(ReportScope scope) {
        String pathways = "SELECT coalesce(sum(s.pathways), 0) AS requested, "
                + "coalesce(sum(s.pathways) FILTER (WHERE " + GRANTED + "), 0) AS granted, "
                + "coalesce(sum(s.pathways) FILTER (WHERE s.internship_status IS NOT NULL), 0) AS started, "
                + "coalesce(sum(s.pathways) FILTER (WHERE s.clearance_status = 'CANCELLED'), 0) AS cancelled "
                + "FROM monitoring.pathway_count s WHERE true" + where(scope);
        String providers = "SELECT count(DISTINCT s.provider_id) AS with_clearance FROM monitoring.provider_month s "
                + "WHERE true" + where(scope);
        return scope.bind(jdbc.sql("SELECT a.applied, a.eligible, p.with_clearance, c.requested, c.granted, "
                        + "c.started, c.cancelled FROM (" + ReportQueries.applications(scope) + ") a, (" + pathways
                        + ") c, (" + providers + ") p"))
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    @Override
    public long completedInternships(ReportScope scope) {
        return scope.bind(jdbc.sql("SELECT coalesce(sum(s.pathways), 0) FROM monitoring.pathway_count s "
                        + "WHERE s.internship_status = 'COMPLETED'" + where(scope)))
                .query(Long.class).single();
    }

    @Override
    public List<TerritoryRow> territoryRows(ReportScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT s.province,
                               coalesce(sum(s.pathways) FILTER (WHERE s.internship_status IS NULL), 0),
                               coalesce(sum(s.pathways) FILTER (WHERE s.internship_status IS NOT NULL), 0),
                               coalesce(sum(s.pathways) FILTER (WHERE s.internship_status = 'ONGOING'), 0),
                               coalesce(sum(s.pathways) FILTER (WHERE s.internship_status = 'COMPLETED'), 0),
                               coalesce(sum(s.pathways) FILTER (WHERE s.internship_status = 'TERMINATED'), 0),
                               sum(s.pathways)
                        FROM monitoring.pathway_count s
                        WHERE\s""" + GRANTED + territorial(scope) + " GROUP BY s.province ORDER BY s.province"))
                .query((rs, n) -> new TerritoryRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    @Override
    public List<SectorRow> sectors(ReportScope scope, boolean english) {
        return scope.bind(jdbc.sql("SELECT s.host_section, " + (english ? "a.name_en" : "a.name_it")
                        + ", sum(s.pathways) AS internships FROM monitoring.pathway_count s "
                        + "JOIN reference.ateco_section a ON a.code = s.host_section WHERE true" + territorial(scope)
                        + " GROUP BY s.host_section, a.name_en, a.name_it ORDER BY internships DESC, s.host_section"))
                .query((rs, n) -> new SectorRow(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * Pathways by traits, less the surplus of people with more than one pathway in the scope (their
     * pathways are in monitoring.profile_repeat): the count of distinct people.
     */
    @Override
    public long[] profileCounts(ReportScope scope) {
        return scope.bind(jdbc.sql("WITH counted AS ("
                        + "SELECT s.traits, s.pathways AS people FROM monitoring.profile_count s WHERE true" + territorial(scope)
                        + " UNION ALL SELECT s.traits, 1 - sum(s.pathways) FROM monitoring.profile_repeat s WHERE true"
                        + territorial(scope) + " GROUP BY s.participant_id, s.traits) " + """
                        SELECT coalesce(sum(people), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 1 <> 0), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 2 <> 0), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 4 <> 0), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 8 <> 0), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 16 <> 0), 0),
                               coalesce(sum(people) FILTER (WHERE traits & 32 <> 0), 0)
                        FROM counted"""))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)})
                .single();
    }

    @Override
    public List<ServiceRow> services(ReportScope scope) {
        String programme = ReportQueries.programmeOf(jdbc, scope);
        return scope.bind(jdbc.sql("""
                        WITH delivered AS (
                            SELECT s.area, sum(s.pathways) AS pathways, sum(s.hours) AS hours, sum(s.complete) AS complete
                            FROM monitoring.service_count s WHERE true""" + where(scope) + " GROUP BY s.area) " + """
                        SELECT m.area, m.model_hours, coalesce(d.pathways, 0), coalesce(d.hours, 0), coalesce(d.complete, 0)
                        FROM programme.programme_area m
                        LEFT JOIN delivered d ON d.area = m.area
                        WHERE m.programme_code = :programme
                        ORDER BY m.position""")
                        .param("programme", programme))
                .query((rs, n) -> new ServiceRow(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getLong(5)))
                .list();
    }
}
