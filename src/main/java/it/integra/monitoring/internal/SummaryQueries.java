package it.integra.monitoring.internal;

import it.integra.monitoring.Figure;
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
        if (scope.providerId() != null) {
            throw new IllegalArgumentException("the summaries keep no provider: read the records");
        }
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
        String providers = "SELECT count(DISTINCT s.provider_id) AS with_clearance FROM ("
                + providersWithClearance(scope) + ") s";
        return scope.bind(jdbc.sql("SELECT a.applied, a.eligible, p.with_clearance, c.requested, c.granted, "
                        + "c.started, c.cancelled FROM (" + ReportQueries.applications(scope) + ") a, (" + pathways
                        + ") c, (" + providers + ") p"))
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    /** The providers with a clearance ever granted in the scope (one row per key and provider). */
    static String providersWithClearance(ReportScope scope) {
        return "SELECT s.provider_id FROM monitoring.provider_month s WHERE true" + where(scope);
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
                        + ", sum(s.pathways) AS internships, s.host_edition FROM monitoring.pathway_count s "
                        + "JOIN reference.ateco_edition_section a ON a.edition = s.host_edition AND a.code = s.host_section"
                        + " WHERE true" + territorial(scope)
                        + " GROUP BY s.host_edition, s.host_section, a.name_en, a.name_it"
                        + " ORDER BY internships DESC, s.host_edition, s.host_section"))
                .query(ReportQueries::sectorRow)
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

    /**
     * The people with more than one qualifying pathway who have one in the scope: the only people the
     * scope can share with another period's (anyone else has a single qualifying pathway).
     */
    static String repeatedPeople(ReportScope scope) {
        return "SELECT s.participant_id FROM monitoring.profile_repeat s WHERE true" + territorial(scope);
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

    /**
     * How many records a figure counts in the scope, for the total of the list behind it; the figures of
     * applications are not summarised (the caller counts them from their small table).
     */
    public long count(Figure figure, String argument, ReportScope scope) {
        return switch (figure) {
            case PROVIDERS_APPLIED, PROVIDERS_ELIGIBLE -> throw new IllegalArgumentException(figure + " is not summarised");
            case PROVIDERS_WITH_CLEARANCE -> single("SELECT count(DISTINCT s.provider_id) FROM monitoring.provider_month s "
                    + "WHERE true" + territorial(scope), scope, argument);
            case PROFILE_BASE -> profileCounts(scope)[0];
            case PROFILE_PRIOR_WORK_EXPERIENCE -> profileCounts(scope)[1];
            case PROFILE_PROFESSIONAL_QUALIFICATION -> profileCounts(scope)[2];
            case PROFILE_HOUSED_IN_RECEPTION -> profileCounts(scope)[3];
            case PROFILE_GOOD_LANGUAGE_KNOWLEDGE -> profileCounts(scope)[4];
            case PROFILE_LANGUAGE_CERTIFICATE_A1 -> profileCounts(scope)[5];
            case PROFILE_LANGUAGE_CERTIFICATE_A2 -> profileCounts(scope)[6];
            case SERVICES_PATHWAYS -> single("SELECT coalesce(sum(s.pathways), 0) FROM monitoring.service_count s "
                    + "WHERE s.area = :argument" + territorial(scope), scope, argument);
            case SERVICES_COMPLETE -> single("SELECT coalesce(sum(s.complete), 0) FROM monitoring.service_count s "
                    + "WHERE s.area = :argument" + territorial(scope), scope, argument);
            default -> single("SELECT coalesce(sum(s.pathways), 0) FROM monitoring.pathway_count s WHERE "
                    + pathways(figure) + territorial(scope), scope, argument);
        };
    }

    /** The condition of a figure that counts pathways, over monitoring.pathway_count. */
    private static String pathways(Figure figure) {
        return switch (figure) {
            case CLEARANCES_REQUESTED -> "true";
            case CLEARANCES_GRANTED, TERRITORY_TOTAL -> GRANTED;
            case INTERNSHIPS_STARTED -> "s.internship_status IS NOT NULL";
            case INTERNSHIPS_COMPLETED -> "s.internship_status = 'COMPLETED'";
            case CANCELLED_AFTER_CLEARANCE -> "s.clearance_status = 'CANCELLED'";
            case TERRITORY_NOT_ACTIVATED -> GRANTED + " AND s.internship_status IS NULL";
            case TERRITORY_ACTIVATED -> GRANTED + " AND s.internship_status IS NOT NULL";
            case TERRITORY_ONGOING -> GRANTED + " AND s.internship_status = 'ONGOING'";
            case TERRITORY_COMPLETED -> GRANTED + " AND s.internship_status = 'COMPLETED'";
            case TERRITORY_TERMINATED -> GRANTED + " AND s.internship_status = 'TERMINATED'";
            case SECTOR -> ReportQueries.sector("s.host_edition", "s.host_section");
            default -> throw new IllegalArgumentException(figure + " does not count pathways");
        };
    }

    private long single(String sql, ReportScope scope, String argument) {
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql(sql));
        return (argument == null || !sql.contains(":argument") ? statement : statement.param("argument", argument))
                .query(Long.class).single();
    }
}
