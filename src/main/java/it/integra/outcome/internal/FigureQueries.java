package it.integra.outcome.internal;

import it.integra.outcome.AgeBand;
import it.integra.outcome.Dimension;
import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.Breakdown;
import it.integra.outcome.OutcomeViews.GroupRow;
import it.integra.outcome.OutcomeViews.Headline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The headline and the breakdowns of the outcome figures, read from the facts in one scan each. */
@Component
public class FigureQueries {

    /** The grouping expression of each breakdown over the facts with their attributes ({@link FactSql#withAttributes}). */
    static final Map<Dimension, String> GROUPS = new EnumMap<>(Map.of(
            Dimension.CALL, "f.call_code",
            Dimension.PROVINCE, "f.province",
            Dimension.TARGET_GROUP, "f.target_group",
            Dimension.SEX, "f.sex",
            Dimension.AGE_BAND, ageBand("date_part('year', age(f.start_date, f.birth_date))"),
            Dimension.SECTOR, "f.host_section"));

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Headline headline(OutcomeScope scope, EndStatus status, LocalDate asOf) {
        return FactSql.bind(jdbc.sql("SELECT count(*)" + FactSql.windowCounts()
                        + " FROM outcome.internship_outcome f" + FactSql.where(scope)), scope, status, asOf)
                .query((rs, n) -> new Headline(asOf, status, rs.getLong(1), FactSql.windows(rs, 2)))
                .single();
    }

    /** Every breakdown at once: the facts are read once, then grouped six ways. */
    public List<Breakdown> breakdowns(OutcomeScope scope, EndStatus status, LocalDate asOf, boolean english) {
        StringBuilder sql = new StringBuilder("WITH g AS (" + FactSql.withAttributes(scope) + ") ");
        String union = "";
        for (Map.Entry<Dimension, String> group : GROUPS.entrySet()) {
            String key = group.getValue();
            String label = group.getKey() == Dimension.SECTOR
                    ? "(SELECT " + (english ? "s.name_en" : "s.name_it") + " FROM reference.ateco_edition_section s"
                            + " WHERE s.edition = CASE WHEN length(" + key + ") = 1 THEN 2007"
                            + " ELSE CAST(left(" + key + ", 4) AS smallint) END AND s.code = right(" + key + ", 1))"
                    : "NULL";
            sql.append(union).append("SELECT '").append(group.getKey().name()).append("', ").append(key).append("::text, ")
                    .append(label).append(", count(*)").append(FactSql.windowCounts())
                    .append(" FROM g f GROUP BY ").append(key);
            union = " UNION ALL ";
        }
        List<Object[]> rows = FactSql.bind(jdbc.sql(sql.toString()), scope, status, asOf)
                .query((rs, n) -> new Object[] {Dimension.valueOf(rs.getString(1)),
                    new GroupRow(rs.getString(2), rs.getString(3), rs.getLong(4), FactSql.windows(rs, 5))})
                .list();
        List<Breakdown> breakdowns = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<GroupRow> groups = new ArrayList<>(rows.stream().filter(r -> r[0] == dimension)
                    .map(r -> (GroupRow) r[1]).toList());
            groups.sort(order(dimension));
            breakdowns.add(new Breakdown(dimension, groups));
        }
        return breakdowns;
    }

    private static Comparator<GroupRow> order(Dimension dimension) {
        if (dimension == Dimension.AGE_BAND) {
            return Comparator.comparing(row -> AgeBand.valueOf(row.key()));
        }
        return Comparator.comparing(GroupRow::key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    static String ageBand(String age) {
        return "CASE WHEN " + age + " < 18 THEN 'UNDER_18' WHEN " + age + " < 25 THEN 'FROM_18_TO_24' WHEN " + age
                + " < 30 THEN 'FROM_25_TO_29' WHEN " + age + " < 55 THEN 'FROM_30_TO_54' ELSE 'FROM_55' END";
    }
}
