package it.integra.accounting.internal;

import it.integra.accounting.EntryKind;
import it.integra.programme.ProgrammeDetails.EndowmentLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One pathway's endowment ledger in memory: the call's endowment lines and the entries so far. Each
 * operation appends the entries that the rules call for and returns them; nothing is ever changed.
 * Accruals never exceed a line's model hours, months or amount, nor its balance, so no balance goes
 * below zero. Entries are recorded with the running balance of their line.
 */
public final class Ledger {

    private final Map<String, EndowmentLine> lines = new LinkedHashMap<>();
    private final Set<String> proRataAreas;
    private final List<LedgerEntry> entries;
    private final LedgerFigures figures;
    private final List<LedgerEntry> added = new ArrayList<>();

    /**
     * @param proRataAreas the model's areas whose hours count for PRO_RATA lines (the areas that are
     *                     not optional)
     * @param existing     the stored entries, in the order they were written
     */
    public Ledger(List<EndowmentLine> lines, Set<String> proRataAreas, List<LedgerEntry> existing) {
        lines.forEach(line -> this.lines.put(line.line(), line));
        this.proRataAreas = Set.copyOf(proRataAreas);
        this.entries = new ArrayList<>(existing);
        this.figures = new LedgerFigures(entries);
    }

    public boolean isOpen() {
        return entries.stream().anyMatch(e -> e.kind() == EntryKind.COMMITMENT);
    }

    /** Commits every line that is not optional; nothing if the ledger is already open. */
    public List<LedgerEntry> open(LocalDate on) {
        int from = added.size();
        if (!isOpen()) {
            lines.values().stream().filter(line -> !line.optional())
                    .forEach(line -> append(line, EntryKind.COMMITMENT, line.amount(), null, null, null, null, on, null));
        }
        return since(from);
    }

    /**
     * Accrues hours delivered in an area on the HOURLY line of the area and on PRO_RATA lines; a day
     * of hours accrues once.
     */
    public List<LedgerEntry> accrueHours(long deliveryId, String area, BigDecimal hours, LocalDate on) {
        int from = added.size();
        if (figures.deliveryAccrued(deliveryId)) {
            return List.of();
        }
        for (EndowmentLine line : lines.values()) {
            boolean hourly = "HOURLY".equals(line.basis()) && area.equals(line.area());
            boolean proRata = "PRO_RATA".equals(line.basis()) && proRataAreas.contains(area);
            if ((hourly || proRata) && figures.committed(line.line()).signum() > 0) {
                accrueOnLine(line, deliveryId, hours, on);
            }
        }
        return since(from);
    }

    private void accrueOnLine(EndowmentLine line, long deliveryId, BigDecimal hours, LocalDate on) {
        BigDecimal accruedHours = figures.accruedHours(line.line());
        BigDecimal take = line.quantity() == null ? hours : hours.min(line.quantity().subtract(accruedHours));
        if (take.signum() <= 0) {
            return;
        }
        BigDecimal target = hoursValue(line, accruedHours.add(take));
        BigDecimal amount = target.subtract(figures.accrued(line.line())).min(figures.balance(line.line()));
        if (amount.signum() > 0) {
            append(line, EntryKind.ACCRUAL, amount, take, null, deliveryId, null, on, null);
        }
    }

    /** What {@code hours} of a line are worth: at the unit cost, or pro rata of the line's amount. */
    static BigDecimal hoursValue(EndowmentLine line, BigDecimal hours) {
        if ("HOURLY".equals(line.basis())) {
            return hours.multiply(line.unitCost()).setScale(2, RoundingMode.HALF_EVEN);
        }
        return hours.multiply(line.amount()).divide(line.quantity(), 2, RoundingMode.HALF_EVEN);
    }

    /** Accrues a month of allowance, once per month and never beyond the line's months. */
    public List<LedgerEntry> accrueMonth(LocalDate month, LocalDate on) {
        int from = added.size();
        for (EndowmentLine line : linesWhere(line -> "MONTHLY".equals(line.basis()) && !line.optional())) {
            boolean already = figures.monthAccrued(line.line(), month);
            if (!already && figures.accruedMonths(line.line()) < months(line)) {
                BigDecimal amount = line.unitCost().min(figures.balance(line.line()));
                if (amount.signum() > 0) {
                    append(line, EntryKind.ACCRUAL, amount, null, month, null, null, on, null);
                }
            }
        }
        return since(from);
    }

    /** Reverses the allowance accrued for a month that is no longer due (the register was corrected). */
    public List<LedgerEntry> reverseMonth(LocalDate month, LocalDate on, String note) {
        int from = added.size();
        List<LedgerEntry> accrued = entries.stream().filter(e -> e.kind() == EntryKind.ACCRUAL && !e.isReversal()
                && month.equals(e.month()) && !figures.reversed(e)).toList();
        accrued.forEach(entry -> reverse(entry, on, note));
        return since(from);
    }

    /** Accrues the flat lines of a recipient (the host's tutoring at completion), once. */
    public List<LedgerEntry> accrueFlat(String recipient, LocalDate on) {
        int from = added.size();
        for (EndowmentLine line : linesWhere(line -> "FLAT".equals(line.basis()) && !line.optional()
                && recipient.equals(line.recipient()))) {
            BigDecimal amount = line.amount().subtract(figures.accrued(line.line())).min(figures.balance(line.line()));
            if (amount.signum() > 0) {
                append(line, EntryKind.ACCRUAL, amount, null, null, null, null, on, null);
            }
        }
        return since(from);
    }

    /**
     * Commits and accrues at once the optional flat lines (the Covid-19 lump sum): they are not
     * committed at the grant, only when the optional module they pay for has been delivered.
     */
    public List<LedgerEntry> commitAndAccrueOptional(LocalDate on) {
        int from = added.size();
        for (EndowmentLine line : linesWhere(line -> "FLAT".equals(line.basis()) && line.optional())) {
            if (figures.committed(line.line()).signum() == 0) {
                append(line, EntryKind.COMMITMENT, line.amount(), null, null, null, null, on, null);
                append(line, EntryKind.ACCRUAL, line.amount(), null, null, null, null, on, null);
            }
        }
        return since(from);
    }

    /** Releases the whole balance of every line (the clearance was cancelled). */
    public List<LedgerEntry> releaseAll(LocalDate on, String note) {
        int from = added.size();
        linesWhere(line -> true).forEach(line -> release(line, figures.balance(line.line()), on, note));
        return since(from);
    }

    /**
     * Releases at an early end what the internship can no longer earn: the host's flat amount, paid
     * only on completion, and the allowance of the months it did not reach. Service lines stay
     * committed: hours delivered during the internship may still be logged, and job-search guidance
     * goes on after the end.
     */
    public List<LedgerEntry> releaseAtEarlyEnd(int reachedMonths, LocalDate on, String note) {
        int from = added.size();
        for (EndowmentLine line : linesWhere(line -> !line.optional())) {
            if ("FLAT".equals(line.basis()) && "HOST".equals(line.recipient())) {
                release(line, figures.balance(line.line()), on, note);
            } else if ("MONTHLY".equals(line.basis())) {
                int stillDue = Math.max(0, Math.min(reachedMonths, months(line)) - figures.accruedMonths(line.line()));
                BigDecimal keep = line.unitCost().multiply(BigDecimal.valueOf(stillDue));
                release(line, figures.balance(line.line()).subtract(keep), on, note);
            }
        }
        return since(from);
    }

    /** Reverses a stored accrual (a claim line rejected, a correction); refused for anything else. */
    public LedgerEntry reverse(long entryId, LocalDate on, String note) {
        LedgerEntry entry = entries.stream().filter(e -> Long.valueOf(entryId).equals(e.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry " + entryId + " in this ledger"));
        if (entry.kind() != EntryKind.ACCRUAL || entry.isReversal() || figures.reversed(entry)) {
            throw new IllegalStateException("entry " + entryId + " is not an accrual that can be reversed");
        }
        return reverse(entry, on, note);
    }

    private LedgerEntry reverse(LedgerEntry entry, LocalDate on, String note) {
        EndowmentLine line = lines.get(entry.line());
        return append(line, EntryKind.ACCRUAL, entry.amount().negate(), entry.hours() == null ? null
                : entry.hours().negate(), entry.month(), entry.deliveryId(), entry.id(), on, note);
    }

    private void release(EndowmentLine line, BigDecimal amount, LocalDate on, String note) {
        if (amount.signum() > 0) {
            append(line, EntryKind.RELEASE, amount, null, null, null, null, on, note);
        }
    }

    private LedgerEntry append(EndowmentLine line, EntryKind kind, BigDecimal amount, BigDecimal hours,
                               LocalDate month, Long deliveryId, Long reversesId, LocalDate on, String note) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal balance = figures.balance(line.line()).add(kind.sign() > 0 ? scaled : scaled.negate());
        LedgerEntry entry = new LedgerEntry(null, line.line(), kind, scaled, hours, month, deliveryId, reversesId,
                balance, on, note);
        entries.add(entry);
        added.add(entry);
        figures.add(entry);
        return entry;
    }

    private static int months(EndowmentLine line) {
        return line.quantity() != null ? line.quantity().intValue()
                : line.amount().divide(line.unitCost(), 0, RoundingMode.DOWN).intValue();
    }

    private List<EndowmentLine> linesWhere(Predicate<EndowmentLine> test) {
        return lines.values().stream().filter(test).toList();
    }

    private List<LedgerEntry> since(int from) {
        return List.copyOf(added.subList(from, added.size()));
    }

    public EndowmentLine line(String name) {
        return lines.get(name);
    }

    public List<EndowmentLine> lines() {
        return List.copyOf(lines.values());
    }

    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    public LedgerFigures figures() {
        return figures;
    }
}
