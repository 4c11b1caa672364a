package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's claim as the lists show it: whose, which call and period, where it stands, and its
 * amounts: claimed in all, accepted and rejected by the officer's verification so far.
 */
public record ClaimSummary(long id, String code, long providerId, String providerName, long callId, String callCode,
                           LocalDate periodFrom, LocalDate periodTo, ClaimStatus status, long lines, BigDecimal amount,
                           BigDecimal accepted, BigDecimal rejected, long undecided, LocalDate createdOn,
                           LocalDate requestedOn, LocalDate verifiedOn, LocalDate paidOn, int version) {
}
