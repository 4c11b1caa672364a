package it.integra.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * A call's budget by fund: what was set, what granted clearances commit, what the ledgers accrued,
 * what was claimed for payment and paid, and what is left. A call imported with one undivided budget
 * has a single line with a null fund.
 */
public record CallBudget(long callId, String callCode, String title, long grants, List<Line> lines) {

    public CallBudget {
        lines = List.copyOf(lines);
    }

    /**
     * One fund's figures. {@code committed} counts the endowments of the granted clearances, imported
     * ones included, as the grant rules do; the other figures come from the application's records.
     */
    public record Line(String fund, BigDecimal budget, BigDecimal committed, BigDecimal accrued, BigDecimal claimed,
                       BigDecimal paid) {

        public BigDecimal left() {
            return budget.subtract(committed);
        }

        /** Committed share of the budget, 0 to 100, for the progress bar. */
        public int percent() {
            if (budget.signum() == 0) {
                return committed.signum() > 0 ? 100 : 0;
            }
            return committed.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP)
                    .min(BigDecimal.valueOf(100)).intValue();
        }
    }

    public BigDecimal totalBudget() {
        return total(Line::budget);
    }

    public BigDecimal totalCommitted() {
        return total(Line::committed);
    }

    public BigDecimal totalAccrued() {
        return total(Line::accrued);
    }

    public BigDecimal totalClaimed() {
        return total(Line::claimed);
    }

    public BigDecimal totalPaid() {
        return total(Line::paid);
    }

    public BigDecimal totalLeft() {
        return total(Line::left);
    }

    private BigDecimal total(Function<Line, BigDecimal> figure) {
        return lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
