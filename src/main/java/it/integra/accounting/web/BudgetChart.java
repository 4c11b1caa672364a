package it.integra.accounting.web;

import it.integra.accounting.BudgetTimeline;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data of the budget chart, written into a {@code data-chart} attribute as JSON that
 * {@code static/js/charts.js} reads: the CSP forbids inline scripts.
 */
final class BudgetChart {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private BudgetChart() {
    }

    static String json(BudgetTimeline timeline) {
        String labels = timeline.months().stream().map(m -> "\"" + MONTH.format(m) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"labels\":" + labels + ",\"series\":{"
                + "\"committed\":" + numbers(timeline.committed()) + ","
                + "\"accrued\":" + numbers(timeline.accrued()) + ","
                + "\"claimed\":" + numbers(timeline.claimed()) + ","
                + "\"paid\":" + numbers(timeline.paid()) + "}}";
    }

    private static String numbers(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",", "[", "]"));
    }
}
