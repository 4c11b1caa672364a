package it.integra.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What staff set when they create or edit a call. The model is not here: it is copied from the
 * programme when the call is created.
 *
 * @param fundBudgets budget by fund code ({@code ESF}, {@code AMIF}); the call's budget is their sum
 */
public record CallTerms(String title, LocalDate opensOn, LocalDate closesOn, Map<String, BigDecimal> fundBudgets,
                        BigDecimal attendanceThreshold, Integer startWindowDays, Integer maxEndowmentsPerProvider) {

    public CallTerms {
        fundBudgets = fundBudgets == null ? Map.of() : Map.copyOf(fundBudgets);
    }

    public BigDecimal budget() {
        return fundBudgets.values().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
