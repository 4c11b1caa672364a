package it.integra.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodSplitTests {

    private static ReportScope period(String from, String to) {
        return new ReportScope(new Long[] {7L}, "03", null, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static List<String> bounds(PeriodSplit split) {
        List<String> parts = new ArrayList<>();
        split.edges().forEach(edge -> parts.add("edge " + edge.from() + ".." + edge.to()));
        if (split.whole() != null) {
            parts.add("whole " + split.whole().from() + ".." + split.whole().to());
        }
        return parts;
    }

    @Test
    void aPeriodCuttingTwoMonthsYearsApartHasTwoEdgesAndTheWholeMonthsBetween() {
        assertThat(bounds(PeriodSplit.of(period("2019-03-15", "2023-11-20")))).containsExactly(
                "edge 2019-03-15..2019-03-31", "edge 2023-11-01..2023-11-20", "whole 2019-04-01..2023-10-31");
    }

    @Test
    void aPeriodInsideOneMonthIsOneEdge() {
        assertThat(bounds(PeriodSplit.of(period("2023-02-03", "2023-02-27")))).containsExactly("edge 2023-02-03..2023-02-27");
        assertThat(bounds(PeriodSplit.of(period("2023-02-01", "2023-02-27")))).containsExactly("edge 2023-02-01..2023-02-27");
        assertThat(bounds(PeriodSplit.of(period("2023-02-02", "2023-02-28")))).containsExactly("edge 2023-02-02..2023-02-28");
    }

    @Test
    void adjacentMonthsAcrossTheNewYearHaveNoWholeMonth() {
        assertThat(bounds(PeriodSplit.of(period("2022-12-31", "2023-01-01")))).containsExactly(
                "edge 2022-12-31..2022-12-31", "edge 2023-01-01..2023-01-01");
    }

    @Test
    void anOpenEndIsPartOfTheWholeMonths() {
        assertThat(bounds(PeriodSplit.of(period(null, "2024-02-28")))).containsExactly(
                "edge 2024-02-01..2024-02-28", "whole null..2024-01-31");
        assertThat(bounds(PeriodSplit.of(period("2024-02-29", null)))).containsExactly(
                "edge 2024-02-29..2024-02-29", "whole 2024-03-01..null");
    }

    @Test
    void aPeriodOfWholeMonthsIsItself() {
        assertThat(bounds(PeriodSplit.of(period("2024-01-01", "2024-02-29")))).containsExactly("whole 2024-01-01..2024-02-29");
    }

    @Test
    void generatedPeriodsAreCoveredDayByDayExactlyOnceAndTheWholeMonthsAreWhole() {
        Random random = new Random(17);
        LocalDate origin = LocalDate.of(2022, 10, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = origin.plusDays(random.nextInt(200));
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 200));
            PeriodSplit split = PeriodSplit.of(new ReportScope(null, null, null, from, to));
            List<ReportScope> parts = new ArrayList<>(split.edges());
            if (split.whole() != null) {
                assertThat(split.whole().wholeMonths()).as(from + ".." + to).isTrue();
                parts.add(split.whole());
            }
            split.edges().forEach(edge -> assertThat(edge.from().withDayOfMonth(1)).as(from + ".." + to)
                    .isEqualTo(edge.to().withDayOfMonth(1)));
            for (LocalDate day = from.minusDays(3); !day.isAfter(to.plusDays(3)); day = day.plusDays(1)) {
                LocalDate d = day;
                long covering = parts.stream().filter(p -> !d.isBefore(p.from()) && !d.isAfter(p.to())).count();
                assertThat(covering).as(day + " in " + from + ".." + to)
                        .isEqualTo(day.isBefore(from) || day.isAfter(to) ? 0 : 1);
            }
        }
    }
}
