package it.integra.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pathway's endowment ledger as its page shows it: each line's figures and every entry, oldest
 * first. A pathway without a ledger (never granted, or imported and untouched since) has no lines.
 */
public record LedgerStatement(long clearanceId, List<Line> lines, List<Entry> entries) {

    public LedgerStatement {
        lines = List.copyOf(lines);
        entries = List.copyOf(entries);
    }

    /** One endowment line with its running balance, which is always committed − accrued − released. */
    public record Line(String line, String basis, String recipient, String fund, boolean optional,
                       BigDecimal committed, BigDecimal accrued, BigDecimal released, BigDecimal balance) {
    }

    /**
     * One entry. {@code note} is a message key for the entries the application writes by itself, or
     * the officer's reason for a correction.
     */
    public record Entry(long id, String line, EntryKind kind, BigDecimal amount, BigDecimal hours, LocalDate month,
                        LocalDate valueDate, Long reversesId, BigDecimal balanceAfter, String note) {

        public boolean noteIsKey() {
            return note != null && note.startsWith("ledger.note.");
        }

        public boolean reversal() {
            return reversesId != null;
        }
    }

    public boolean isOpen() {
        return !entries.isEmpty();
    }

    public BigDecimal totalCommitted() {
        return lines.stream().map(Line::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAccrued() {
        return lines.stream().map(Line::accrued).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalReleased() {
        return lines.stream().map(Line::released).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalBalance() {
        return lines.stream().map(Line::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
