package it.integra.outcome.internal;

import it.integra.outcome.ContractDuration;
import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.Mix;
import it.integra.outcome.OutcomeViews.MixRow;
import it.integra.outcome.OutcomeWindows;
import it.integra.shared.ContractType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kinds and durations of the first employment contracts of those employed within each window. */
@Component
public class MixQueries {

    private final JdbcClient jdbc;

    MixQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Mix mix(OutcomeScope scope, EndStatus status, LocalDate asOf) {
        List<Integer> months = OutcomeWindows.HEADLINE;
        StringBuilder sql = new StringBuilder("SELECT f.first_contract_type, " + ContractSql.DURATION_MONTHS);
        for (int m : months) {
            sql.append(", count(*) FILTER (WHERE f.end_date <= :t").append(m)
                    .append(" AND f.months_to_employment <= ").append(m).append(')');
        }
        sql.append(" FROM outcome.internship_outcome f").append(FactSql.where(scope))
                .append(" AND f.first_employment_start IS NOT NULL GROUP BY 1, 2");
        long[][] kinds = new long[ContractType.Kind.values().length][months.size()];
        long[][] durations = new long[ContractDuration.values().length][months.size()];
        long[] employed = new long[months.size()];
        FactSql.bind(jdbc.sql(sql.toString()), scope, status, asOf).query(rs -> {
            ContractType.Kind kind = ContractType.parse(rs.getString(1)).kind();
            Integer duration = (Integer) rs.getObject(2);
            ContractDuration band = ContractSql.band(kind, duration);
            for (int w = 0; w < months.size(); w++) {
                long count = rs.getLong(3 + w);
                kinds[kind.ordinal()][w] += count;
                durations[band.ordinal()][w] += count;
                employed[w] += count;
            }
        });
        return new Mix(months, Arrays.stream(employed).boxed().toList(),
                rows(ContractType.Kind.values(), kinds), rows(ContractDuration.values(), durations));
    }

    private static List<MixRow> rows(Enum<?>[] keys, long[][] counts) {
        List<MixRow> rows = new ArrayList<>();
        for (Enum<?> key : keys) {
            rows.add(new MixRow(key.name(), Arrays.stream(counts[key.ordinal()]).boxed().toList()));
        }
        return rows;
    }
}
