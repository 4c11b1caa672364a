package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment order as the lists show it, with the number and total of its payments. */
public record PaymentOrderSummary(long id, String code, PaymentKind kind, long callId, String callCode, LocalDate month,
                                  PaymentOrderStatus status, long payments, BigDecimal amount, LocalDate createdOn,
                                  LocalDate paidOn, int version) {
}
