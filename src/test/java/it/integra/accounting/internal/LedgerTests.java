package it.integra.accounting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.accounting.EntryKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTests {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 15);

    private static Ledger puoi() {
        Ledger ledger = new Ledger(Models.PUOI_LINES, Models.PUOI_PRO_RATA_AREAS, List.of());
        ledger.open(DAY);
        return ledger;
    }

    /** The ledger as it is read back after its entries were stored: every entry with an id. */
    private static Ledger stored(Ledger ledger) {
        List<LedgerEntry> entries = new ArrayList<>();
        long id = 1;
        for (LedgerEntry entry : ledger.entries()) {
            entries.add(entry.id() == null ? entry.withId(id) : entry);
            id++;
        }
        return new Ledger(ledger.lines(), Models.PUOI_PRO_RATA_AREAS, entries);
    }

    private static BigDecimal sum(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void openingCommitsEveryLineThatIsNotOptionalOnce() {
        Ledger ledger = new Ledger(Models.PUOI_LINES, Models.PUOI_PRO_RATA_AREAS, List.of());

        List<LedgerEntry> commitments = ledger.open(DAY);

        assertThat(commitments).hasSize(6).allMatch(e -> e.kind() == EntryKind.COMMITMENT);
        assertThat(sum(commitments)).isEqualByComparingTo("5940.00");
        assertThat(ledger.figures().committed("COVID_ALLOWANCE")).isZero();
        assertThat(ledger.open(DAY)).isEmpty();
    }

    @Test
    void hoursAccrueAtTheUnitCostOfTheirAreasLine() {
        Ledger ledger = puoi();

        List<LedgerEntry> accrued = ledger.accrueHours(7, "SPECIALIST_GUIDANCE", new BigDecimal("3"), DAY);

        assertThat(accrued).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo("SPECIALIST_GUIDANCE");
            assertThat(e.amount()).isEqualByComparingTo("106.50");
            assertThat(e.hours()).isEqualByComparingTo("3");
            assertThat(e.deliveryId()).isEqualTo(7L);
            assertThat(e.balanceAfter()).isEqualByComparingTo("461.50");
        });
    }

    @Test
    void accrualsStopAtTheLinesModelHours() {
        Ledger ledger = puoi();

        ledger.accrueHours(1, "INTAKE", new BigDecimal("3"), DAY);
        List<LedgerEntry> second = ledger.accrueHours(2, "INTAKE", new BigDecimal("3"), DAY);
        List<LedgerEntry> third = ledger.accrueHours(3, "INTAKE", new BigDecimal("2"), DAY);

        assertThat(second).singleElement().satisfies(e -> {
            assertThat(e.hours()).isEqualByComparingTo("1");
            assertThat(e.amount()).isEqualByComparingTo("34.00");
        });
        assertThat(third).isEmpty();
        assertThat(ledger.figures().accrued("INTAKE")).isEqualByComparingTo("136.00");
        assertThat(ledger.figures().balance("INTAKE")).isZero();
    }

    @Test
    void proRataLinesAccrueTheirAmountOverTheirHoursAndEndExactlyOnIt() {
        Ledger ledger = new Ledger(Models.PERCORSI_LINES, Models.PERCORSI_AREAS, List.of());
        ledger.open(DAY);

        List<LedgerEntry> first = ledger.accrueHours(1, "INTAKE", new BigDecimal("1"), DAY);
        for (int day = 0; day < 7; day++) {
            ledger.accrueHours(10 + day, "TRAINING", new BigDecimal("8"), DAY);
        }
        ledger.accrueHours(20, "SPECIALIST_GUIDANCE", new BigDecimal("5"), DAY);
        List<LedgerEntry> beyond = ledger.accrueHours(21, "SPECIALIST_GUIDANCE", new BigDecimal("8"), DAY);

        assertThat(first).singleElement().satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("32.26"));
        assertThat(ledger.figures().accruedHours("PROVIDER_SERVICES")).isEqualByComparingTo("62");
        assertThat(ledger.figures().accrued("PROVIDER_SERVICES")).isEqualByComparingTo("2000.00");
        assertThat(beyond).isEmpty();
    }

    @Test
    void theAllowanceAccruesOncePerMonthAndNeverForASeventhMonth() {
        Ledger ledger = puoi();

        for (int month = 0; month < 7; month++) {
            ledger.accrueMonth(LocalDate.of(2021, 1, 1).plusMonths(month), DAY);
        }
        List<LedgerEntry> again = ledger.accrueMonth(LocalDate.of(2021, 1, 1), DAY);

        assertThat(ledger.figures().accruedMonths("ALLOWANCE")).isEqualTo(6);
        assertThat(ledger.figures().accrued("ALLOWANCE")).isEqualByComparingTo("3000.00");
        assertThat(again).isEmpty();
    }

    @Test
    void aMonthNoLongerDueIsReversedAndMayAccrueAgain() {
        Ledger ledger = puoi();
        LocalDate march = LocalDate.of(2021, 3, 1);
        ledger.accrueMonth(march, DAY);
        ledger = stored(ledger);

        List<LedgerEntry> reversal = ledger.reverseMonth(march, DAY, "ledger.note.notDue");
        assertThat(reversal).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualByComparingTo("-500.00");
            assertThat(e.reversesId()).isNotNull();
            assertThat(e.balanceAfter()).isEqualByComparingTo("3000.00");
        });
        assertThat(ledger.accrueMonth(march, DAY)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("500.00"));
    }

    @Test
    void theHostsFlatAmountAccruesOnce() {
        Ledger ledger = puoi();

        assertThat(sum(ledger.accrueFlat("HOST", DAY))).isEqualByComparingTo("600.00");
        assertThat(ledger.accrueFlat("HOST", DAY)).isEmpty();
    }

    @Test
    void theCovidLumpSumIsCommittedAndAccruedTogetherOnce() {
        Ledger ledger = puoi();

        List<LedgerEntry> covid = ledger.commitAndAccrueOptional(DAY);

        assertThat(covid).extracting(LedgerEntry::kind).containsExactly(EntryKind.COMMITMENT, EntryKind.ACCRUAL);
        assertThat(covid).allSatisfy(e -> assertThat(e.amount()).isEqualByComparingTo("480.00"));
        assertThat(ledger.figures().balance("COVID_ALLOWANCE")).isZero();
        assertThat(ledger.commitAndAccrueOptional(DAY)).isEmpty();
    }

    @Test
    void cancellationReleasesWhatWasNotSpentAndNothingAccruesAfterIt() {
        Ledger ledger = puoi();
        ledger.accrueHours(1, "INTAKE", new BigDecimal("4"), DAY);
        ledger.accrueHours(2, "SPECIALIST_GUIDANCE", new BigDecimal("16"), DAY);

        List<LedgerEntry> released = ledger.releaseAll(DAY, "ledger.note.cancelled");

        assertThat(sum(released)).isEqualByComparingTo("5236.00");
        assertThat(released).extracting(LedgerEntry::line).doesNotContain("INTAKE", "SPECIALIST_GUIDANCE");
        assertThat(ledger.accrueHours(3, "TUTORING", new BigDecimal("2"), DAY)).isEmpty();
        assertThat(ledger.accrueMonth(LocalDate.of(2021, 4, 1), DAY)).isEmpty();
    }

    @Test
    void anEarlyEndReleasesTheHostsAmountAndTheMonthsNotReached() {
        Ledger ledger = puoi();
        ledger.accrueMonth(LocalDate.of(2021, 1, 1), DAY);
        ledger.accrueMonth(LocalDate.of(2021, 2, 1), DAY);

        List<LedgerEntry> released = ledger.releaseAtEarlyEnd(3, DAY, "ledger.note.earlyEnd");

        assertThat(released).extracting(LedgerEntry::line, e -> e.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOST_TUTORING", "600.00"),
                        org.assertj.core.groups.Tuple.tuple("ALLOWANCE", "1500.00"));
        assertThat(ledger.accrueMonth(LocalDate.of(2021, 3, 1), DAY)).hasSize(1);
        assertThat(ledger.accrueMonth(LocalDate.of(2021, 4, 1), DAY)).isEmpty();
        assertThat(ledger.figures().balance("TUTORING")).isEqualByComparingTo("500.00");
    }

    @Test
    void aReversalRestoresTheBalanceAndTheHoursItTook() {
        Ledger ledger = puoi();
        ledger.accrueHours(1, "INTAKE", new BigDecimal("4"), DAY);
        ledger = stored(ledger);
        long accrual = ledger.entries().stream().filter(e -> e.kind() == EntryKind.ACCRUAL).findFirst().orElseThrow().id();

        LedgerEntry reversal = ledger.reverse(accrual, DAY, "ore non documentate");

        assertThat(reversal.amount()).isEqualByComparingTo("-136.00");
        assertThat(reversal.hours()).isEqualByComparingTo("-4");
        assertThat(ledger.figures().balance("INTAKE")).isEqualByComparingTo("136.00");
        assertThat(sum(ledger.accrueHours(2, "INTAKE", new BigDecimal("4"), DAY))).isEqualByComparingTo("136.00");
    }

    @Test
    void onlyAStandingAccrualCanBeReversed() {
        Ledger ledger = puoi();
        ledger.accrueHours(1, "INTAKE", new BigDecimal("4"), DAY);
        Ledger read = stored(ledger);
        long commitment = read.entries().get(0).id();
        long accrual = read.entries().stream().filter(e -> e.kind() == EntryKind.ACCRUAL).findFirst().orElseThrow().id();
        read.reverse(accrual, DAY, "x");
        Ledger again = stored(read);

        assertThatThrownBy(() -> again.reverse(commitment, DAY, "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> again.reverse(accrual, DAY, "x")).isInstanceOf(IllegalStateException.class);
    }
}
