package it.integra.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What staff set when they create or edit a call. The model is not here: it is copied from the
 * programme when the call is created.
 *
 * @param fundBudgets budget by fund code ({@code ESF}, {@code AMIF}); the call's budget is their sum
 * @param retentionYears how many years after the call closes its participants' records are kept
 */
public record CallTerms(String title, LocalDate opensOn, LocalDate closesOn, Map<String, BigDecimal> fundBudgets,
                        BigDecimal attendanceThreshold, Integer startWindowDays, Integer maxEndowmentsPerProvider,
                        Integer retentionYears) {

    /** The usual retention, when a call does not say otherwise. */
    public static final int DEFAULT_RETENTION_YEARS = 10;

    public CallTerms {
        fundBudgets = fundBudgets == null ? Map.of() : Map.copyOf(fundBudgets);
    }

    /** Terms with the usual retention of {@value #DEFAULT_RETENTION_YEARS} years. */
    public CallTerms(String title, LocalDate opensOn, LocalDate closesOn, Map<String, BigDecimal> fundBudgets,
                     BigDecimal attendanceThreshold, Integer startWindowDays, Integer maxEndowmentsPerProvider) {
        this(title, opensOn, closesOn, fundBudgets, attendanceThreshold, startWindowDays, maxEndowmentsPerProvider,
                DEFAULT_RETENTION_YEARS);
    }

    public BigDecimal budget() {
        return fundBudgets.values().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
