package it.integra.outcome.internal;

import it.integra.outcome.EsfIndicator;
import it.integra.outcome.OutcomeScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) that the programme's records allow.
 * A participant is a person entering the operation: one per internship started on or before the
 * reference date. Leavers are internships ended, completed or early, with their facts.
 */
@Component
public class EsfQueries {

    /** ISO codes of the 27 member states: anyone else is a third-country national. */
    static final String EU = "'AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT',"
            + "'LU','MT','NL','PL','PT','RO','SK','SI','ES','SE'";

    private static final String AGE = "date_part('year', age(i.start_date, p.birth_date))";

    /** Output indicators: code and condition on the participant p at the start of internship i. */
    private static final String[][] OUTPUTS = {
        {"EECO01", "true"},
        {"EECO06", AGE + " < 18"},
        {"EECO07", AGE + " BETWEEN 18 AND 29"},
        {"EECO08", AGE + " >= 55"},
        {"EECO13", "p.citizenship NOT IN (" + EU + ")"},
        {"EECO14", "p.citizenship <> 'IT'"},
        {"EECO16", "p.housed_in_reception"}};

    private final JdbcClient jdbc;

    EsfQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EsfIndicator> indicators(OutcomeScope scope, LocalDate asOf) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String[] output : OUTPUTS) {
            sql.append("count(*) FILTER (WHERE p.sex = 'F' AND ").append(output[1]).append("), ")
                    .append("count(*) FILTER (WHERE p.sex = 'M' AND ").append(output[1]).append("), ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id "
                + "JOIN participant.participant p ON p.id = k.participant_id WHERE i.start_date <= :asOf")
                .append(scopeOn("k", scope));
        List<EsfIndicator> indicators = new ArrayList<>(bind(jdbc.sql(sql.toString()), scope).param("asOf", asOf)
                .query((rs, n) -> {
                    List<EsfIndicator> outputs = new ArrayList<>();
                    for (int i = 0; i < OUTPUTS.length; i++) {
                        outputs.add(new EsfIndicator(OUTPUTS[i][0], false, true, rs.getLong(2 * i + 1),
                                rs.getLong(2 * i + 2), null));
                    }
                    return outputs;
                }).single());
        indicators.add(new EsfIndicator("EECO12", false, false, 0, 0, null));
        indicators.add(result("EECR04", "employed_on_leaving", "f.end_date + 28 <= :asOf", scope, asOf));
        indicators.add(result("EECR05", "employed_at_six_months",
                "(f.end_date + interval '6 months')::date <= :asOf", scope, asOf));
        return indicators;
    }

    /** A result indicator over the leavers whose measuring day has come by the reference date. */
    private EsfIndicator result(String code, String fact, String observed, OutcomeScope scope, LocalDate asOf) {
        return bind(jdbc.sql("SELECT count(*) FILTER (WHERE p.sex = 'F' AND f." + fact + "), "
                        + "count(*) FILTER (WHERE p.sex = 'M' AND f." + fact + "), count(*) "
                        + "FROM outcome.internship_outcome f JOIN participant.participant p ON p.id = f.participant_id "
                        + "WHERE " + observed + scopeOn("f", scope)), scope)
                .param("asOf", asOf)
                .query((rs, n) -> new EsfIndicator(code, true, true, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private static String scopeOn(String alias, OutcomeScope scope) {
        return (scope.callIds() == null ? "" : " AND " + alias + ".call_id = ANY(:calls)")
                + (scope.providerId() == null ? "" : " AND " + alias + ".provider_id = :provider")
                + (scope.regionCode() == null ? "" : " AND " + alias + ".region_code = :region");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OutcomeScope scope) {
        JdbcClient.StatementSpec bound = statement;
        if (scope.callIds() != null) {
            bound = bound.param("calls", scope.callIds().toArray(Long[]::new));
        }
        if (scope.providerId() != null) {
            bound = bound.param("provider", scope.providerId());
        }
        return scope.regionCode() == null ? bound : bound.param("region", scope.regionCode());
    }
}
