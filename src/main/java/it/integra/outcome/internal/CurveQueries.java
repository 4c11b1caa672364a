package it.integra.outcome.internal;

import it.integra.outcome.Cohort;
import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.Curve;
import it.integra.outcome.OutcomeViews.Point;
import it.integra.outcome.OutcomeWindows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cumulative curves: for each month M from 0 to 24 after the end, of the internships whose
 * M-month window has closed, the share employed within it. The database counts internships by cohort,
 * end date and months to the first job; the curve is added up here, end date by end date.
 */
@Component
public class CurveQueries {

    /** The cohorts compared at most, the largest first; the whole scope is always drawn too. */
    static final int MAX_COHORTS = 8;
    static final String EVERYONE = it.integra.outcome.OutcomeCurves.EVERYONE;

    private static final Map<Cohort, String> KEYS = Map.of(
            Cohort.NONE, "'" + EVERYONE + "'",
            Cohort.CALL, "f.call_code",
            Cohort.PROGRAMME, "f.programme_code",
            Cohort.YEAR, "extract(year FROM f.end_date)::integer::text");

    private final JdbcClient jdbc;

    CurveQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Curve> curves(OutcomeScope scope, EndStatus status, LocalDate asOf, Cohort cohort) {
        int last = OutcomeWindows.CURVE_MONTHS;
        LocalDate[] thresholds = new LocalDate[last + 1];
        for (int m = 0; m <= last; m++) {
            thresholds[m] = OutcomeWindows.lastObservableEnd(asOf, m);
        }
        Map<String, long[][]> counts = new LinkedHashMap<>();
        Map<String, Long> ended = new LinkedHashMap<>();
        FactSql.bind(jdbc.sql("SELECT " + KEYS.get(cohort) + ", f.end_date, least(f.months_to_employment, :cap), count(*) "
                        + "FROM (" + FactSql.withAttributes(scope) + ") f GROUP BY 1, 2, 3"), scope, status, asOf)
                .param("cap", last + 1)
                .query(rs -> {
                    String key = rs.getString(1);
                    LocalDate end = rs.getObject(2, LocalDate.class);
                    int months = rs.getInt(3);
                    long count = rs.getLong(4);
                    add(counts.computeIfAbsent(EVERYONE, k -> new long[2][last + 1]), thresholds, end, months, count);
                    ended.merge(EVERYONE, count, Long::sum);
                    if (!EVERYONE.equals(key)) {
                        add(counts.computeIfAbsent(key, k -> new long[2][last + 1]), thresholds, end, months, count);
                        ended.merge(key, count, Long::sum);
                    }
                });
        return curves(counts, ended, cohort == Cohort.NONE);
    }

    /** Counts one group of internships into the curve of its cohort. */
    private static void add(long[][] curve, LocalDate[] thresholds, LocalDate end, int months, long count) {
        for (int m = 0; m < thresholds.length; m++) {
            if (!end.isAfter(thresholds[m])) {
                curve[0][m] += count;
                if (months <= m) {
                    curve[1][m] += count;
                }
            }
        }
    }

    private static List<Curve> curves(Map<String, long[][]> counts, Map<String, Long> ended, boolean onlyEveryone) {
        List<String> keys = new ArrayList<>(ended.keySet().stream().filter(k -> !k.equals(EVERYONE))
                .sorted(Comparator.comparing((String k) -> -ended.get(k)).thenComparing(k -> k))
                .limit(onlyEveryone ? 0 : MAX_COHORTS).sorted().toList());
        keys.add(0, EVERYONE);
        List<Curve> curves = new ArrayList<>();
        for (String key : keys) {
            long[][] curve = counts.getOrDefault(key, new long[2][OutcomeWindows.CURVE_MONTHS + 1]);
            List<Point> points = new ArrayList<>();
            for (int m = 0; m < curve[0].length; m++) {
                points.add(new Point(m, curve[0][m], curve[1][m]));
            }
            curves.add(new Curve(key, ended.getOrDefault(key, 0L), points));
        }
        return curves;
    }
}
