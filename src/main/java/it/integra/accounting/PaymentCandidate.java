package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something due that a payment order could pay: a trainee's month of allowance whose attendance
 * reached the threshold, or a host's flat amount on completion; with the payee's account and the
 * ledger accrual it would pay.
 *
 * @param month   the internship month (allowances); null for hosts
 * @param entryId the ledger accrual; null when the ledger has none (months beyond the endowment's)
 * @param paid    already in a payment order
 */
public record PaymentCandidate(PaymentKind kind, long internshipId, String internshipCode, long payeeId, String payee,
                               String taxCode, LocalDate month, BigDecimal amount, String iban, Long entryId,
                               boolean paid) {

    /** What stands between it and a payment: PAID, NOT_ACCRUED, NO_IBAN, or PAYABLE. */
    public String state() {
        if (paid) {
            return "PAID";
        }
        if (entryId == null) {
            return "NOT_ACCRUED";
        }
        return iban == null ? "NO_IBAN" : "PAYABLE";
    }

    public boolean payable() {
        return "PAYABLE".equals(state());
    }

    public PayeeKind payeeKind() {
        return kind == PaymentKind.ALLOWANCE ? PayeeKind.PARTICIPANT : PayeeKind.HOST;
    }
}
