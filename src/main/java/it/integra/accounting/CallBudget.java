package it.integra.accounting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call's budget by fund: what was set, what granted clearances commit, what is left. A call
 * imported with one undivided budget has a single line with a null fund.
 */
public record CallBudget(long grants, List<Line> lines) {

    public record Line(String fund, BigDecimal budget, BigDecimal committed) {
        public BigDecimal left() {
            return budget.subtract(committed);
        }

        /** Committed share of the budget, 0 to 100, for the progress bar. */
        public int percent() {
            if (budget.signum() == 0) {
                return committed.signum() > 0 ? 100 : 0;
            }
            return committed.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP)
                    .min(BigDecimal.valueOf(100)).intValue();
        }
    }

    public BigDecimal totalBudget() {
        return lines.stream().map(Line::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCommitted() {
        return lines.stream().map(Line::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
