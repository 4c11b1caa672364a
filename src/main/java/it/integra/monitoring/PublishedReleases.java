package it.integra.monitoring;

import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The releases as they may be published, every one suppressed with all the others
 * ({@link JointSuppression}). A table lists the rows with something in them (a count or a suppressed
 * cell), then the total row; suppressed cells are null.
 */
public final class PublishedReleases {

    /**
     * One published table.
     *
     * @param rows each row's label and its cells (the row total last, where published); null where suppressed
     * @param total the column totals (and the grand total), null where suppressed
     */
    public record PublishedTable(Release release, Table table, List<Row> rows, List<Long> total) {
    }

    /** A row of a published table. */
    public record Row(String label, List<Long> cells) {
    }

    private final ReleaseCounts counts;
    private final long[][][][] values;
    private final boolean[][][][] hidden;

    PublishedReleases(ReleaseCounts counts, long[][][][] values, boolean[][][][] hidden) {
        this.counts = counts;
        this.values = values;
        this.hidden = hidden;
    }

    public List<Release> releases() {
        return counts.releases();
    }

    public Optional<PublishedTable> table(Table table, Release release) {
        int index = counts.releases.indexOf(release);
        if (index < 0) {
            return Optional.empty();
        }
        long[][] grid = values[table.ordinal()][index];
        boolean[][] pattern = hidden[table.ordinal()][index];
        List<String> labels = counts.rows(table);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            boolean suppressed = false;
            long sum = 0;
            for (int c = 0; c < grid[r].length; c++) {
                suppressed |= pattern[r][c];
                sum += grid[r][c];
            }
            if (sum > 0 || suppressed) {
                rows.add(new Row(labels.get(r), cells(grid[r], pattern[r])));
            }
        }
        return Optional.of(new PublishedTable(release, table, rows, cells(grid[labels.size()], pattern[labels.size()])));
    }

    /** The values of a release's table with its margins (rows, then the column totals), for checks. */
    public long[][] grid(Table table, Release release) {
        return Arrays.stream(values[table.ordinal()][counts.releases.indexOf(release)]).map(long[]::clone)
                .toArray(long[][]::new);
    }

    /** Which cells of {@link #grid} are suppressed. */
    public boolean[][] suppressed(Table table, Release release) {
        return Arrays.stream(hidden[table.ordinal()][counts.releases.indexOf(release)]).map(boolean[]::clone)
                .toArray(boolean[][]::new);
    }

    private static List<Long> cells(long[] values, boolean[] suppressed) {
        List<Long> cells = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            cells.add(suppressed[c] ? null : values[c]);
        }
        return cells;
    }
}
