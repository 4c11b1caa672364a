package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One accrual of a provider's service line, in a claim or ready to be claimed: the pathway, the
 * endowment line, the hours and the amount, and the officer's verdict with its reason once decided.
 *
 * @param id      the claim line, or 0 for an accrual not yet claimed
 * @param verdict ACCEPTED, REJECTED, or null while undecided
 */
public record ClaimLine(long id, long entryId, long clearanceId, String clearanceCode, String person, String taxCode,
                        String line, String area, String fund, LocalDate valueDate, BigDecimal hours,
                        BigDecimal amount, String verdict, String reason) {

    public boolean decided() {
        return verdict != null;
    }

    public boolean rejected() {
        return "REJECTED".equals(verdict);
    }
}
