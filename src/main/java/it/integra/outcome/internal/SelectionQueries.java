package it.integra.outcome.internal;

import it.integra.outcome.ContractDuration;
import it.integra.outcome.EndStatus;
import it.integra.outcome.InternshipSelection;
import it.integra.outcome.InternshipSelection.Measure;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.OutcomeInternship;
import it.integra.outcome.OutcomeWindows;
import it.integra.shared.ContractType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The internships behind an outcome figure, a page at a time, with the same conditions as the figure. */
@Component
public class SelectionQueries {

    private final JdbcClient jdbc;

    SelectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<OutcomeInternship> internships(OutcomeScope scope, LocalDate asOf, InternshipSelection selection,
                                               boolean names, Pageable page) {
        String facts = " FROM (" + FactSql.withAttributes(scope) + ") f";
        String where = " WHERE " + condition(selection);
        long total = bind(jdbc.sql("SELECT count(*)" + facts + where), scope, asOf, selection).query(Long.class).single();
        List<OutcomeInternship> rows = bind(jdbc.sql("""
                        SELECT i.code, k.code, p.family_name || ' ' || p.given_name, f.call_code, f.province, f.status,
                               f.end_date, f.first_employment_start, f.first_contract_type, f.months_to_employment,
                               f.host_employment_start IS NOT NULL, f.participant_id""" + facts
                        + " JOIN internship.internship i ON i.id = f.internship_id"
                        + " JOIN clearance.clearance k ON k.id = i.clearance_id"
                        + " JOIN participant.participant p ON p.id = f.participant_id" + where
                        + " ORDER BY f.end_date DESC, i.code LIMIT :limit OFFSET :offset"), scope, asOf, selection)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new OutcomeInternship(rs.getString(1), rs.getString(2), names ? rs.getString(3) : null,
                        rs.getString(4), rs.getString(5), EndStatus.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                        (Integer) rs.getObject(10), rs.getBoolean(11), names ? rs.getLong(12) : null))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    private static String condition(InternshipSelection selection) {
        StringBuilder where = new StringBuilder("true");
        if (selection.dimension() != null) {
            where.append(" AND ").append(FigureQueries.GROUPS.get(selection.dimension())).append(" = :group");
        }
        String observed = " AND f.end_date <= :threshold";
        String employed = observed + " AND f.months_to_employment <= :months";
        switch (selection.measure()) {
            case ENDED -> { }
            case OBSERVED -> where.append(observed);
            case EMPLOYED -> where.append(employed);
            case NOT_EMPLOYED -> where.append(observed)
                    .append(" AND (f.months_to_employment IS NULL OR f.months_to_employment > :months)");
            case HIRED_BY_HOST -> where.append(observed).append(" AND f.months_to_host_employment <= :months");
            case KIND -> where.append(employed).append(" AND ")
                    .append(ContractSql.kind(ContractType.Kind.valueOf(selection.detail())));
            case DURATION -> where.append(employed).append(" AND ")
                    .append(ContractSql.duration(ContractDuration.valueOf(selection.detail())));
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OutcomeScope scope, LocalDate asOf,
                                                 InternshipSelection selection) {
        JdbcClient.StatementSpec bound = FactSql.bind(statement, scope, selection.status(), asOf);
        if (selection.dimension() != null) {
            bound = bound.param("group", selection.group());
        }
        if (selection.measure() != Measure.ENDED) {
            bound = bound.param("months", selection.months())
                    .param("threshold", OutcomeWindows.lastObservableEnd(asOf, selection.months()));
        }
        return bound;
    }
}
