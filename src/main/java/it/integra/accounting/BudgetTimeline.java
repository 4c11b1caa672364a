package it.integra.accounting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Month by month, the running totals of what was committed in the ledgers (net of releases), accrued,
 * claimed and paid. Imported pathways count from the day their ledger opened.
 */
public record BudgetTimeline(List<YearMonth> months, List<BigDecimal> committed, List<BigDecimal> accrued,
                             List<BigDecimal> claimed, List<BigDecimal> paid) {

    public BudgetTimeline {
        months = List.copyOf(months);
        committed = List.copyOf(committed);
        accrued = List.copyOf(accrued);
        claimed = List.copyOf(claimed);
        paid = List.copyOf(paid);
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }
}
