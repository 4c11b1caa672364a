package it.integra.accounting.internal;

import it.integra.accounting.EntryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a ledger's lines, kept up to date entry by entry: the sums by kind, the hours and
 * months accrued, and the running balance, which is taken from the entries' own balance after
 * (not from the sums), so that the two can be checked against each other.
 */
public final class LedgerFigures {

    private final Map<String, BigDecimal> committed = new HashMap<>();
    private final Map<String, BigDecimal> accrued = new HashMap<>();
    private final Map<String, BigDecimal> released = new HashMap<>();
    private final Map<String, BigDecimal> balance = new HashMap<>();
    private final Map<String, BigDecimal> hours = new HashMap<>();
    private final Map<String, Map<LocalDate, BigDecimal>> months = new HashMap<>();
    private final Set<Long> reversed = new HashSet<>();
    private final Set<Long> deliveries = new HashSet<>();

    LedgerFigures(List<LedgerEntry> entries) {
        entries.forEach(this::add);
    }

    void add(LedgerEntry entry) {
        String line = entry.line();
        Map<String, BigDecimal> sums = switch (entry.kind()) {
            case COMMITMENT -> committed;
            case ACCRUAL -> accrued;
            case RELEASE -> released;
        };
        sums.merge(line, entry.amount(), BigDecimal::add);
        balance.put(line, entry.balanceAfter());
        if (entry.kind() == EntryKind.ACCRUAL && entry.hours() != null) {
            hours.merge(line, entry.hours(), BigDecimal::add);
        }
        if (entry.kind() == EntryKind.ACCRUAL && entry.month() != null) {
            months.computeIfAbsent(line, l -> new HashMap<>()).merge(entry.month(), entry.amount(), BigDecimal::add);
        }
        if (entry.reversesId() != null) {
            reversed.add(entry.reversesId());
        }
        if (entry.deliveryId() != null) {
            deliveries.add(entry.deliveryId());
        }
    }

    /** Whether a day of hours has already been accrued (or its accrual reversed): it accrues once. */
    public boolean deliveryAccrued(long deliveryId) {
        return deliveries.contains(deliveryId);
    }

    public BigDecimal committed(String line) {
        return committed.getOrDefault(line, BigDecimal.ZERO);
    }

    /** Accruals net of their reversals. */
    public BigDecimal accrued(String line) {
        return accrued.getOrDefault(line, BigDecimal.ZERO);
    }

    public BigDecimal released(String line) {
        return released.getOrDefault(line, BigDecimal.ZERO);
    }

    /** The running balance: the balance after the line's latest entry. */
    public BigDecimal balance(String line) {
        return balance.getOrDefault(line, BigDecimal.ZERO);
    }

    public BigDecimal accruedHours(String line) {
        return hours.getOrDefault(line, BigDecimal.ZERO);
    }

    public boolean monthAccrued(String line, LocalDate month) {
        return months.getOrDefault(line, Map.of()).getOrDefault(month, BigDecimal.ZERO).signum() > 0;
    }

    public int accruedMonths(String line) {
        return (int) months.getOrDefault(line, Map.of()).values().stream().filter(v -> v.signum() > 0).count();
    }

    boolean reversed(LedgerEntry entry) {
        return entry.id() != null && reversed.contains(entry.id());
    }
}
