package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment of an order: to whom, for which internship (and month), on which account, how much. */
public record PaymentView(long id, long orderId, String orderCode, PaymentKind kind, long internshipId,
                          String internshipCode, long providerId, LocalDate month, String payee, String iban,
                          BigDecimal amount, PaymentOrderStatus status, LocalDate paidOn) {
}
