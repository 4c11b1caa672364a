package it.integra.accounting.internal;

import it.integra.accounting.EntryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a pathway's ledger. {@code id} is null until stored; a reversing accrual has a
 * negative amount (and hours) and names the entry it reverses; {@code balanceAfter} is the running
 * balance of the line after this entry.
 */
public record LedgerEntry(Long id, String line, EntryKind kind, BigDecimal amount, BigDecimal hours, LocalDate month,
                          Long deliveryId, Long reversesId, BigDecimal balanceAfter, LocalDate valueDate, String note) {

    public LedgerEntry {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valueDate, "valueDate");
        if (amount.signum() == 0 || (amount.signum() < 0) != (reversesId != null)) {
            throw new IllegalArgumentException("only a reversing entry is negative, and no entry is zero: " + amount);
        }
        if (reversesId != null && kind != EntryKind.ACCRUAL) {
            throw new IllegalArgumentException("only accruals are reversed");
        }
        if (balanceAfter.signum() < 0) {
            throw new IllegalArgumentException("a line's balance never goes below zero: " + balanceAfter);
        }
    }

    public LedgerEntry withId(long newId) {
        return new LedgerEntry(newId, line, kind, amount, hours, month, deliveryId, reversesId, balanceAfter, valueDate,
                note);
    }

    boolean isReversal() {
        return reversesId != null;
    }

    /** The amount as it moves the line's balance. */
    BigDecimal signedAmount() {
        return kind.sign() > 0 ? amount : amount.negate();
    }
}
