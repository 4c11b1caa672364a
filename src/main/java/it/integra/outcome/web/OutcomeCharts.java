package it.integra.outcome.web;

import it.integra.outcome.OutcomeCurves;
import it.integra.outcome.OutcomeViews.Curve;
import it.integra.outcome.OutcomeViews.Point;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data of the cumulative curves for {@code static/js/charts.js}, written into {@code data-}
 * attributes as JSON because the CSP forbids inline scripts: months as labels, one series per cohort
 * with the percentage employed (null where nobody is observed yet).
 */
final class OutcomeCharts {

    private OutcomeCharts() {
    }

    static String curves(List<Curve> curves) {
        int months = curves.isEmpty() ? 0 : curves.get(0).points().size();
        String labels = IntStream.range(0, months).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        String series = curves.stream()
                .map(curve -> string(curve.cohort()) + ":" + curve.points().stream().map(OutcomeCharts::percent)
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"labels\":" + labels + ",\"series\":" + series + "}";
    }

    /** The series' names: the whole scope gets {@code everyone}, the cohorts their own key. */
    static String names(List<Curve> curves, String everyone) {
        return curves.stream()
                .map(curve -> string(curve.cohort()) + ":"
                        + string(OutcomeCurves.EVERYONE.equals(curve.cohort()) ? everyone : curve.cohort()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String percent(Point point) {
        return point.observed() == 0 ? "null" : String.format(Locale.ROOT, "%.1f", point.share() * 100);
    }

    private static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
