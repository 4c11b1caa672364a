package it.integra.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.accounting.EntryKind;
import it.integra.programme.ProgrammeDetails.EndowmentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated sequences of everything that happens to a pathway (hours, attendance, completion, early
 * end, cancellation, claim rejections), with a fixed seed. After every step, as the ledger is stored
 * and read back: each entry's running balance equals commitments minus accruals minus releases up to
 * it, no balance is negative, and no line accrues beyond its model hours, months or amount.
 */
class LedgerBalancePropertyTests {

    private static final long SEED = 20_260_611L;
    private static final int SEQUENCES = 250;
    private static final int STEPS = 40;
    private static final LocalDate DAY = LocalDate.of(2021, 5, 3);

    static Stream<Arguments> sequences() {
        Random random = new Random(SEED);
        return Stream.generate(() -> Arguments.of(random.nextLong(), random.nextBoolean())).limit(SEQUENCES);
    }

    @ParameterizedTest
    @MethodSource("sequences")
    void theBalanceIsAlwaysCommitmentsMinusAccrualsMinusReleases(long seed, boolean puoi) {
        Random random = new Random(seed);
        List<EndowmentLine> lines = puoi ? Models.PUOI_LINES : Models.PERCORSI_LINES;
        Set<String> areas = puoi ? Models.PUOI_PRO_RATA_AREAS : Models.PERCORSI_AREAS;
        List<LedgerEntry> stored = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            Ledger ledger = new Ledger(lines, areas, stored);
            String operation = operate(ledger, random, new ArrayList<>(areas), stored);
            long id = stored.size() + 1L;
            for (LedgerEntry entry : ledger.entries().subList(stored.size(), ledger.entries().size())) {
                stored.add(entry.withId(id++));
            }
            check(lines, stored, "step " + step + " (" + operation + ") of sequence " + seed);
        }
    }

    private static String operate(Ledger ledger, Random random, List<String> areas, List<LedgerEntry> stored) {
        int choice = random.nextInt(100);
        if (choice < 8) {
            ledger.open(DAY);
            return "open";
        } else if (choice < 50) {
            BigDecimal hours = BigDecimal.valueOf(1 + random.nextInt(32), 1 + random.nextInt(2)).min(new BigDecimal("8"));
            ledger.accrueHours(random.nextInt(1000), areas.get(random.nextInt(areas.size())), hours, DAY);
            return "hours " + hours;
        } else if (choice < 68) {
            ledger.accrueMonth(DAY.withDayOfMonth(1).plusMonths(random.nextInt(8)), DAY);
            return "month";
        } else if (choice < 74) {
            ledger.reverseMonth(DAY.withDayOfMonth(1).plusMonths(random.nextInt(8)), DAY, "ledger.note.notDue");
            return "month reversed";
        } else if (choice < 80) {
            ledger.accrueFlat("HOST", DAY);
            ledger.commitAndAccrueOptional(DAY);
            return "completion";
        } else if (choice < 92) {
            return reverseOne(ledger, random, stored);
        } else if (choice < 96) {
            ledger.releaseAtEarlyEnd(random.nextInt(7), DAY, "ledger.note.earlyEnd");
            return "early end";
        }
        ledger.releaseAll(DAY, "ledger.note.cancelled");
        return "cancellation";
    }

    private static String reverseOne(Ledger ledger, Random random, List<LedgerEntry> stored) {
        Set<Long> reversed = new HashSet<>();
        stored.stream().filter(e -> e.reversesId() != null).forEach(e -> reversed.add(e.reversesId()));
        List<LedgerEntry> standing = stored.stream().filter(e -> e.kind() == EntryKind.ACCRUAL
                && e.reversesId() == null && !reversed.contains(e.id())).toList();
        if (standing.isEmpty()) {
            return "nothing to reverse";
        }
        ledger.reverse(standing.get(random.nextInt(standing.size())).id(), DAY, "rejected");
        return "reversal";
    }

    private static void check(List<EndowmentLine> lines, List<LedgerEntry> entries, String where) {
        Map<String, BigDecimal> balance = new HashMap<>();
        for (LedgerEntry entry : entries) {
            BigDecimal signed = entry.kind() == EntryKind.COMMITMENT ? entry.amount() : entry.amount().negate();
            BigDecimal after = balance.merge(entry.line(), signed, BigDecimal::add);
            assertThat(entry.balanceAfter()).as("running balance of entry %d at %s", entry.id(), where)
                    .isEqualByComparingTo(after);
            assertThat(after.signum()).as("balance of %s at %s", entry.line(), where).isGreaterThanOrEqualTo(0);
        }
        Ledger read = new Ledger(lines, Set.of(), entries);
        for (EndowmentLine line : lines) {
            LedgerFigures f = read.figures();
            String name = line.line();
            assertThat(f.balance(name)).as("balance of %s at %s", name, where)
                    .isEqualByComparingTo(f.committed(name).subtract(f.accrued(name)).subtract(f.released(name)));
            assertThat(f.accrued(name)).as("accrued on %s at %s", name, where).isLessThanOrEqualTo(line.amount())
                    .isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (line.quantity() != null && !"MONTHLY".equals(line.basis())) {
                assertThat(f.accruedHours(name)).as("hours on %s at %s", name, where).isLessThanOrEqualTo(line.quantity());
            }
            if ("MONTHLY".equals(line.basis())) {
                assertThat(f.accruedMonths(name)).as("months on %s at %s", name, where)
                        .isLessThanOrEqualTo(line.quantity().intValue());
            }
        }
    }
}
