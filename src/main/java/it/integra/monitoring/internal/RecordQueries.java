package it.integra.monitoring.internal;

import static it.integra.monitoring.internal.ReportQueries.GRANTED;

import it.integra.monitoring.Figure;
import it.integra.monitoring.FigureRecord;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records behind a figure of the monitoring reports. One statement selects the rows a figure
 * counts (its condition, as in {@link ReportQueries}, plus the scope) and the page is read from it.
 * The total is the figure itself, from the monthly summaries, when they can answer (a period of whole
 * months, no status narrowing); otherwise it is counted from the same statement. The summaries equal
 * the records ({@code SummariesMatchRecordsTests}), and the drill-down tests check that every list holds
 * as many rows as its figure counts.
 */
@Component
public class RecordQueries {

    private static final String ACTIVATED = GRANTED + " AND i.id IS NOT NULL";
    private static final String WORKING = "i.status IN ('ONGOING', 'COMPLETED')";
    /** The hours of the pathway in the area, as accounting keeps them summed (accounting.pathway_area_hours). */
    private static final String AREA_HOURS = "(SELECT h.hours FROM accounting.pathway_area_hours h "
            + "WHERE h.clearance_id = k.id AND h.area = :argument)";
    private static final String AREA_DELIVERED = "EXISTS (SELECT 1 FROM accounting.pathway_area_hours h "
            + "WHERE h.clearance_id = k.id AND h.area = :argument)";

    private final JdbcClient jdbc;
    private final SummaryQueries summaries;

    RecordQueries(JdbcClient jdbc, SummaryQueries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /**
     * The condition of each figure over {@code a} (application) or {@code k}, {@code i}, and {@code p}
     * (the person, joined for the figures that count people).
     */
    static String condition(Figure figure) {
        return switch (figure) {
            case PROVIDERS_APPLIED -> "true";
            case PROVIDERS_ELIGIBLE -> "a.outcome = 'ELIGIBLE'";
            case PROVIDERS_WITH_CLEARANCE, CLEARANCES_GRANTED, TERRITORY_TOTAL -> GRANTED;
            case CLEARANCES_REQUESTED -> "true";
            case INTERNSHIPS_STARTED -> "i.id IS NOT NULL";
            case INTERNSHIPS_COMPLETED -> "i.status = 'COMPLETED'";
            case CANCELLED_AFTER_CLEARANCE -> "k.status = 'CANCELLED'";
            case TERRITORY_NOT_ACTIVATED -> GRANTED + " AND i.id IS NULL";
            case TERRITORY_ACTIVATED -> ACTIVATED;
            case TERRITORY_ONGOING -> GRANTED + " AND i.status = 'ONGOING'";
            case TERRITORY_COMPLETED -> GRANTED + " AND i.status = 'COMPLETED'";
            case TERRITORY_TERMINATED -> GRANTED + " AND i.status = 'TERMINATED'";
            case SECTOR -> ReportQueries.sector("i.host_ateco_edition", "i.host_section");
            case PROFILE_BASE -> WORKING;
            case PROFILE_PRIOR_WORK_EXPERIENCE -> WORKING + " AND p.prior_work_experience";
            case PROFILE_PROFESSIONAL_QUALIFICATION -> WORKING + " AND p.professional_qualification";
            case PROFILE_HOUSED_IN_RECEPTION -> WORKING + " AND p.housed_in_reception";
            case PROFILE_GOOD_LANGUAGE_KNOWLEDGE -> WORKING + " AND p.language_knowledge = 'GOOD'";
            case PROFILE_LANGUAGE_CERTIFICATE_A1 -> WORKING
                    + " AND p.language_levels && ARRAY['A1','A2','B1','B2','C1','C2']::varchar[]";
            case PROFILE_LANGUAGE_CERTIFICATE_A2 -> WORKING
                    + " AND p.language_levels && ARRAY['A2','B1','B2','C1','C2']::varchar[]";
            case SERVICES_PATHWAYS -> ACTIVATED + " AND " + AREA_DELIVERED;
            case SERVICES_COMPLETE -> ACTIVATED + " AND " + AREA_HOURS + " >= (SELECT ca.model_hours "
                    + "FROM programme.call_area ca WHERE ca.call_id = k.call_id AND ca.area = :argument)";
        };
    }

    public Page<FigureRecord> records(Figure figure, String argument, String status, ReportScope scope, boolean names,
                                      Pageable page) {
        String matching = "(" + matching(figure, scope, status) + ") m";
        long total = status == null && scope.summarised() && !figure.ofApplications()
                ? summaries.count(figure, argument, scope)
                : bind(jdbc.sql("SELECT " + counted(figure.unit()) + " FROM " + matching), scope, argument, status)
                        .query(Long.class).single();
        String select = figure.unit() == Figure.Unit.PATHWAY
                ? FigureRows.select(figure.unit(), names) + " FROM " + matching + FigureRows.joins()
                        + FigureRows.grouping(figure.unit()) + " LIMIT :limit OFFSET :offset"
                : "WITH page AS (" + FigureRows.page(figure.unit(), matching) + " LIMIT :limit OFFSET :offset) "
                        + FigureRows.select(figure.unit(), names) + " FROM " + matching + " JOIN page ON page.id = m."
                        + (figure.unit() == Figure.Unit.PROVIDER ? "provider_id" : "participant_id")
                        + FigureRows.joins() + FigureRows.grouping(figure.unit());
        List<FigureRecord> rows = bind(jdbc.sql(select), scope, argument, status)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new FigureRecord((Long) rs.getObject(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getString(12),
                        rs.getString(13), (Long) rs.getObject(14), rs.getString(15), (Long) rs.getObject(16),
                        rs.getString(17), rs.getLong(18)))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The rows the figure counts, each with the same columns whatever the source. */
    private static String matching(Figure figure, ReportScope scope, String status) {
        if (figure.ofApplications()) {
            return """
                    SELECT a.provider_id, CAST(NULL AS bigint) AS participant_id, c.code AS call_code,
                           CAST(NULL AS text) AS province, a.submitted_on AS on_date, CAST(NULL AS date) AS decided_on,
                           a.outcome AS status, CAST(NULL AS bigint) AS clearance_id, CAST(NULL AS text) AS clearance_code,
                           CAST(NULL AS bigint) AS internship_id, CAST(NULL AS text) AS internship_code,
                           CAST(NULL AS text) AS internship_status, CAST(NULL AS date) AS start_date,
                           CAST(NULL AS date) AS end_date
                    FROM provider.application a JOIN programme.call c ON c.id = a.call_id
                    WHERE\s""" + condition(figure) + scope.applications("a")
                    + (status == null ? "" : " AND a.outcome = :status");
        }
        return """
                SELECT k.provider_id, k.participant_id, c.code AS call_code, CAST(k.province AS text) AS province,
                       k.requested_on AS on_date, k.decided_on, k.status, k.id AS clearance_id,
                       k.code AS clearance_code, i.id AS internship_id, i.code AS internship_code,
                       i.status AS internship_status, i.start_date, i.end_date
                FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                LEFT JOIN internship.internship i ON i.clearance_id = k.id
                """ + (figure.unit() == Figure.Unit.PARTICIPANT ? "JOIN participant.participant p ON p.id = k.participant_id " : "")
                + "WHERE " + condition(figure) + scope.pathways("k")
                + scope.region("k") + (status == null ? "" : " AND :status IN (k.status, i.status)");
    }

    private static String counted(Figure.Unit unit) {
        return switch (unit) {
            case PROVIDER -> "count(DISTINCT m.provider_id)";
            case PATHWAY -> "count(*)";
            case PARTICIPANT -> "count(DISTINCT m.participant_id)";
        };
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportScope scope, String argument,
                                                 String status) {
        JdbcClient.StatementSpec bound = scope.bind(statement);
        bound = argument == null ? bound : bound.param("argument", argument);
        return status == null ? bound : bound.param("status", status);
    }
}
