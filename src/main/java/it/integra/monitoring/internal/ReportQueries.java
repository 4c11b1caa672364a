package it.integra.monitoring.internal;

import it.integra.monitoring.Reports.Funnel;
import it.integra.monitoring.Reports.SectorRow;
import it.integra.monitoring.Reports.ServiceRow;
import it.integra.monitoring.Reports.TerritoryRow;
import it.integra.monitoring.UnknownFilterException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the monitoring reports over the records themselves: clearances, internships, people and
 * hours. Each report is one or two set-based statements. {@link SummaryQueries} answers the same from
 * the monthly summaries whenever the period is made of whole months; these serve one provider's figures
 * and, for a period that cuts a month, the days of the months it cuts ({@link CutPeriodQueries}).
 */
@Component
public class ReportQueries implements ReportSource {

    static final String GRANTED = "k.status IN ('GRANTED', 'CANCELLED')";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The providers that applied and those found eligible: a small table, read as it is by both sources. */
    static String applications(ReportScope scope) {
        return "SELECT count(DISTINCT a.provider_id) AS applied, "
                + "count(DISTINCT a.provider_id) FILTER (WHERE a.outcome = 'ELIGIBLE') AS eligible "
                + "FROM provider.application a WHERE true" + scope.applications("a");
    }

    @Override
    public Funnel funnel(ReportScope scope) {
        String applications = applications(scope);
        String clearances = "SELECT count(DISTINCT k.provider_id) FILTER (WHERE " + GRANTED + ") AS with_clearance, "
                + "count(*) AS requested, count(*) FILTER (WHERE " + GRANTED + ") AS granted, "
                + "count(*) FILTER (WHERE k.status = 'CANCELLED') AS cancelled "
                + "FROM clearance.clearance k WHERE true" + scope.pathways("k");
        String internships = "SELECT count(*) AS started FROM internship.internship i "
                + "JOIN clearance.clearance k ON k.id = i.clearance_id WHERE true" + scope.pathways("k");
        return scope.bind(jdbc.sql("SELECT a.applied, a.eligible, c.with_clearance, c.requested, c.granted, "
                        + "i.started, c.cancelled FROM (" + applications + ") a, (" + clearances + ") c, ("
                        + internships + ") i"))
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    @Override
    public long completedInternships(ReportScope scope) {
        return scope.bind(jdbc.sql("SELECT count(*) FROM internship.internship i "
                        + "JOIN clearance.clearance k ON k.id = i.clearance_id WHERE i.status = 'COMPLETED'"
                        + scope.pathways("k")))
                .query(Long.class).single();
    }

    @Override
    public List<TerritoryRow> territoryRows(ReportScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT k.province,
                               count(*) FILTER (WHERE i.id IS NULL) AS not_activated,
                               count(i.id) AS activated,
                               count(*) FILTER (WHERE i.status = 'ONGOING') AS ongoing,
                               count(*) FILTER (WHERE i.status = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE i.status = 'TERMINATED') AS terminated,
                               count(*) AS total
                        FROM clearance.clearance k
                        LEFT JOIN internship.internship i ON i.clearance_id = k.id
                        WHERE\s""" + GRANTED + scope.pathways("k") + scope.region("k")
                        + " GROUP BY k.province ORDER BY k.province"))
                .query((rs, n) -> new TerritoryRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    @Override
    public List<SectorRow> sectors(ReportScope scope, boolean english) {
        return scope.bind(jdbc.sql("SELECT i.host_section, " + (english ? "s.name_en" : "s.name_it")
                        + ", count(*) AS internships, i.host_ateco_edition FROM internship.internship i "
                        + "JOIN clearance.clearance k ON k.id = i.clearance_id "
                        + "JOIN reference.ateco_edition_section s ON s.edition = i.host_ateco_edition "
                        + "AND s.code = i.host_section WHERE true" + scope.pathways("k") + scope.region("k")
                        + " GROUP BY i.host_ateco_edition, i.host_section, s.name_en, s.name_it"
                        + " ORDER BY internships DESC, i.host_ateco_edition, i.host_section"))
                .query(ReportQueries::sectorRow)
                .list();
    }

    static SectorRow sectorRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SectorRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4));
    }

    /**
     * The condition of the sector figure over the columns of a host's edition and section: they are the
     * argument ({@code 2025-K}; a letter alone is a section of ATECO 2007, as links made before
     * editions say), and a section of that edition.
     */
    static String sector(String edition, String section) {
        return edition + " || '-' || " + section
                + " = CASE WHEN :argument LIKE '_' THEN '2007-' || :argument ELSE :argument END"
                + " AND EXISTS (SELECT 1 FROM reference.ateco_edition_section es WHERE es.edition = " + edition
                + " AND es.code = " + section + ")";
    }

    /** Base, then prior work, qualification, reception, good Italian, certificate A1+, certificate A2+. */
    @Override
    public long[] profileCounts(ReportScope scope) {
        return profileCounts(scope.bind(jdbc.sql(profileOf("p.id IN (" + qualifyingPeople(scope) + ")"))));
    }

    /** The people the profile counts: those with an internship ongoing or completed in the scope. */
    static String qualifyingPeople(ReportScope scope) {
        return "SELECT k.participant_id FROM internship.internship i "
                + "JOIN clearance.clearance k ON k.id = i.clearance_id "
                + "WHERE i.status IN ('ONGOING', 'COMPLETED')" + scope.pathways("k") + scope.region("k");
    }

    /** The profile's counts over the people {@code p} that meet the condition. */
    static String profileOf(String people) {
        return """
                SELECT count(*), count(*) FILTER (WHERE p.prior_work_experience),
                       count(*) FILTER (WHERE p.professional_qualification),
                       count(*) FILTER (WHERE p.housed_in_reception),
                       count(*) FILTER (WHERE p.language_knowledge = 'GOOD'),
                       count(*) FILTER (WHERE p.language_levels && ARRAY['A1','A2','B1','B2','C1','C2']::varchar[]),
                       count(*) FILTER (WHERE p.language_levels && ARRAY['A2','B1','B2','C1','C2']::varchar[])
                FROM participant.participant p
                WHERE\s""" + people;
    }

    static long[] profileCounts(JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)})
                .single();
    }

    /** The providers with a clearance ever granted in the scope (one row per clearance). */
    static String providersWithClearance(ReportScope scope) {
        return "SELECT k.provider_id FROM clearance.clearance k WHERE " + GRANTED + scope.pathways("k");
    }

    /** The one programme of the selected calls: the services report compares hours with its model. */
    static String programmeOf(JdbcClient jdbc, ReportScope scope) {
        List<String> programmes = scope.bind(jdbc.sql("SELECT DISTINCT c.programme_code FROM programme.call c "
                        + "WHERE true" + scope.calls("c").replace("c.call_id", "c.id")))
                .query(String.class).list();
        if (programmes.size() != 1) {
            throw new UnknownFilterException("report.filter.oneProgramme", String.join(", ", programmes));
        }
        return programmes.get(0);
    }

    /** Reads the hours per pathway and area that accounting keeps summed (accounting.pathway_area_hours). */
    @Override
    public List<ServiceRow> services(ReportScope scope) {
        String programme = programmeOf(jdbc, scope);
        return scope.bind(jdbc.sql("""
                        WITH delivered AS (
                            SELECT k.call_id, h.area, h.hours
                            FROM clearance.clearance k
                            JOIN accounting.pathway_area_hours h ON h.clearance_id = k.id
                            WHERE\s""" + GRANTED + scope.pathways("k") + """
                              AND EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id))
                        SELECT m.area, m.model_hours, count(d.area) AS pathways, coalesce(sum(d.hours), 0) AS hours,
                               count(d.area) FILTER (WHERE d.hours >= ca.model_hours) AS complete
                        FROM programme.programme_area m
                        LEFT JOIN delivered d ON d.area = m.area
                        LEFT JOIN programme.call_area ca ON ca.call_id = d.call_id AND ca.area = d.area
                        WHERE m.programme_code = :programme
                        GROUP BY m.area, m.model_hours, m.position ORDER BY m.position""")
                        .param("programme", programme))
                .query((rs, n) -> new ServiceRow(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getLong(5)))
                .list();
    }
}
