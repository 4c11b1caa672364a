package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.monitoring.ReleaseAttacker.Count;
import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The releases of open data (whole calls, whole programmes, calendar years) suppressed together: on
 * generated datasets (fixed seed) with programmes of one or more calls, calls over one or more years,
 * and many small counts, an attacker who solves every relation between all the releases at once
 * recovers nothing, no single relation leaves a suppressed cell alone, and what is published is true.
 */
class JointSuppressionTests {

    private static final String[] PROVINCES = {"AL", "AT", "BI", "CN", "NO", "TO"};
    private static final String[] SECTIONS = {"A", "C", "F", "G", "I"};

    static Stream<List<Count>> datasets() {
        Random random = new Random(15);
        return IntStream.range(0, 40).mapToObj(i -> dataset(random, 1 + random.nextInt(2), 1 + random.nextInt(3),
                2 + random.nextInt(4)));
    }

    /** Programmes of up to {@code calls} calls, each over one to three years, counts mostly small. */
    static List<Count> dataset(Random random, int programmes, int calls, int provinces) {
        List<Count> data = new ArrayList<>();
        int sections = 2 + random.nextInt(SECTIONS.length - 1);
        for (int p = 0; p < programmes; p++) {
            for (int c = 0; c < calls - (p % 2 == 1 ? calls - 1 : 0); c++) {
                int first = 2019 + random.nextInt(2);
                int years = 1 + random.nextInt(2);
                for (int year = first; year < first + years; year++) {
                    block(random, data, "P" + p, "P" + p + "-C" + c, year, provinces, sections);
                }
            }
        }
        return data;
    }

    private static void block(Random random, List<Count> data, String programme, String call, int year,
                              int provinces, int sections) {
        long internships = 0;
        for (int r = 0; r < provinces; r++) {
            for (int c = 0; c < 4; c++) {
                int roll = random.nextInt(10);
                long count = roll < 3 ? 0 : roll < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(25);
                data.add(new Count(Table.TERRITORY, call, programme, year, PROVINCES[r], c, count));
                internships += c > 0 ? count : 0;
            }
        }
        long[] bySection = new long[sections];
        for (long i = 0; i < internships; i++) {
            bySection[random.nextInt(sections)]++;
        }
        for (int s = 0; s < sections; s++) {
            data.add(new Count(Table.SECTORS, call, programme, year, SECTIONS[s], 0, bySection[s]));
        }
    }

    static ReleaseCounts counts(List<Count> data) {
        ReleaseCounts.Builder builder = ReleaseCounts.builder();
        data.forEach(c -> builder.add(c.table(), c.call(), c.programme(), c.year(), c.row(), c.column(), c.count()));
        return builder.build();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void anAttackerSolvingEveryReleaseTogetherRecoversNoSuppressedCell(List<Count> data) {
        PublishedReleases published = JointSuppression.publish(counts(data));

        assertThat(new ReleaseAttacker(data).recover(published, data)).as("cells worked out").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void noRelationBetweenReleasesOrWithinATableLeavesASuppressedCellAlone(List<Count> data) {
        PublishedReleases published = JointSuppression.publish(counts(data));

        assertThat(new ReleaseRelations(data, published).withOneSuppressedCell()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void publishesTheTrueCountsAndHidesEverySmallOne(List<Count> data) {
        PublishedReleases published = JointSuppression.publish(counts(data));

        for (Release release : published.releases()) {
            for (Table table : Table.values()) {
                var shown = published.table(table, release).orElseThrow();
                List<String> rows = ReleaseAttacker.rows(data, table);
                for (String row : rows) {
                    long[] expected = expected(data, release, table, row);
                    List<Long> cells = shown.rows().stream().filter(r -> r.label().equals(row)).findFirst()
                            .map(PublishedReleases.Row::cells).orElse(null);
                    check(release + " " + table + " " + row, expected, cells);
                }
                check(release + " " + table + " total", expected(data, release, table, null), shown.total());
            }
        }
    }

    private static void check(String what, long[] expected, List<Long> cells) {
        if (cells == null) {
            assertThat(expected).as(what + " left out").containsOnly(0L);
            return;
        }
        assertThat(cells).as(what).hasSize(expected.length);
        for (int c = 0; c < expected.length; c++) {
            if (expected[c] >= 1 && expected[c] <= 4) {
                assertThat(cells.get(c)).as(what + " column " + c).isNull();
            } else if (cells.get(c) != null) {
                assertThat(cells.get(c)).as(what + " column " + c).isEqualTo(expected[c]);
            }
        }
    }

    /** The release's row (or column totals when row is null), then the row total for the territory. */
    private static long[] expected(List<Count> data, Release release, Table table, String row) {
        int columns = table.columns().size();
        long[] expected = new long[columns + (table.rowTotals() ? 1 : 0)];
        for (Count count : data) {
            boolean inRelease = switch (release.kind()) {
                case CALL -> count.call().equals(release.key());
                case PROGRAMME -> count.programme().equals(release.key());
                case YEAR -> String.valueOf(count.year()).equals(release.key());
            };
            if (inRelease && count.table() == table && (row == null || count.row().equals(row))) {
                expected[count.column()] += count.count();
                if (table.rowTotals()) {
                    expected[columns] += count.count();
                }
            }
        }
        return expected;
    }

    @Test
    void tablesSuppressedOneByOneGiveAwayCellsThatJointSuppressionKeeps() {
        List<Count> data = dataset(new Random(279), 2, 3, 5);
        ReleaseCounts counts = counts(data);
        PublishedReleases oneByOne = ReleaseSuppressionBaseline.oneByOne(counts);

        assertThat(new ReleaseAttacker(data).recover(oneByOne, data)).as("recovered one table at a time").isNotEmpty();
        assertThat(new ReleaseRelations(data, oneByOne).withOneSuppressedCell()).isNotEmpty();
        assertThat(new ReleaseAttacker(data).recover(JointSuppression.publish(counts), data)).isEmpty();
    }

    @Test
    void aProgrammeOfOneCallHidesTheSameCellsAsItsCall() {
        List<Count> data = dataset(new Random(3), 2, 2, 4);
        PublishedReleases published = JointSuppression.publish(counts(data));

        for (Table table : Table.values()) {
            assertThat(published.suppressed(table, new Release(Release.Kind.PROGRAMME, "P1")))
                    .isDeepEqualTo(published.suppressed(table, new Release(Release.Kind.CALL, "P1-C0")));
        }
    }
}
