package it.integra.monitoring;

import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control of all the releases together (joint secondary suppression), so that no
 * release, alone, with its margins or subtracted from another, gives away a suppressed count.
 *
 * <p>Every released count from 1 to {@link Suppression#THRESHOLD}, margins included, is suppressed
 * (primary suppression). Then each suppressed cell that is not yet protected gets the cheapest
 * <em>alternative</em>: a change of one unit in a few block counts (a pathway moved between two
 * provinces and two statuses of a block, or between two blocks, and the like) that keeps every count
 * non-negative, keeps the internships of each block as many in both tables, keeps every release
 * non-empty, and changes that cell. Every released cell the change touches is suppressed too, and is
 * protected by the same alternative. In the end, for every suppressed cell there is another dataset
 * that publishes exactly the same values everywhere yet differs in that cell: nobody can tell its
 * value from the releases, whatever they solve (differences between releases, margins, any linear
 * combination, integer bounds). This is the hypercube method of table suppression, applied to the
 * blocks that all releases are made of instead of to a single table.
 */
public final class JointSuppression {

    private static final int TERRITORY = Table.TERRITORY.ordinal();

    final ReleaseCounts counts;
    final long[][][][] values;
    final boolean[][][][] hidden;
    private final boolean[][][][] covered;
    private final int releaseCount;
    private final int rowSpan;
    private final int columnSpan;
    private final long[] change;
    private final int[] touched;
    private final boolean[] listed;
    private int touchedCount;
    private long bestCost;
    private int[] best;

    private JointSuppression(ReleaseCounts counts) {
        this.counts = counts;
        releaseCount = counts.releases.size();
        rowSpan = Math.max(counts.rows.get(0).size(), counts.rows.get(1).size()) + 1;
        columnSpan = Table.TERRITORY.columns().size() + 1;
        values = new long[2][releaseCount][][];
        hidden = new boolean[2][releaseCount][][];
        covered = new boolean[2][releaseCount][][];
        for (Table table : Table.values()) {
            for (int release = 0; release < releaseCount; release++) {
                long[][] grid = counts.released(table, release);
                values[table.ordinal()][release] = grid;
                hidden[table.ordinal()][release] = new boolean[grid.length][grid[0].length];
                covered[table.ordinal()][release] = new boolean[grid.length][grid[0].length];
            }
        }
        change = new long[2 * releaseCount * rowSpan * columnSpan];
        touched = new int[change.length];
        listed = new boolean[change.length];
    }

    /** The releases with their suppression pattern. */
    public static PublishedReleases publish(ReleaseCounts counts) {
        JointSuppression suppression = new JointSuppression(counts);
        suppression.protect(suppression.primary());
        return new PublishedReleases(counts, suppression.values, suppression.hidden);
    }

    /** The cells from 1 to the threshold, suppressed, in a fixed order. */
    private List<int[]> primary() {
        List<int[]> cells = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            for (int release = 0; release < releaseCount; release++) {
                long[][] grid = values[t][release];
                for (int r = 0; r < grid.length; r++) {
                    for (int c = 0; c < grid[0].length; c++) {
                        if (grid[r][c] >= 1 && grid[r][c] <= Suppression.THRESHOLD) {
                            hidden[t][release][r][c] = true;
                            cells.add(new int[] {t, release, r, c});
                        }
                    }
                }
            }
        }
        return cells;
    }

    private void protect(List<int[]> cells) {
        Alternatives alternatives = new Alternatives(counts, this);
        for (int[] cell : cells) {
            if (covered[cell[0]][cell[1]][cell[2]][cell[3]]) {
                continue;
            }
            best = null;
            bestCost = Long.MAX_VALUE;
            alternatives.search(cell[0], cell[1], cell[2], cell[3]);
            if (best == null) {
                hideEverything();
                return;
            }
            apply(best);
        }
    }

    /** Offers an alternative for the cell being protected; the cheapest is kept. */
    void consider(int[] moves, int target) {
        long cost = cost(moves, target);
        if (cost >= 0 && cost < bestCost) {
            bestCost = cost;
            best = moves.clone();
        }
    }

    boolean found() {
        return best != null;
    }

    boolean free() {
        return bestCost == 0;
    }

    int key(int table, int release, int row, int column) {
        return ((table * releaseCount + release) * rowSpan + row) * columnSpan + column;
    }

    /**
     * What suppressing the cells the moves touch would cost (small cells are cheap, margins dear, a
     * release's total dearer), or -1 when the moves are no alternative: a count would become negative,
     * a block's internships would differ between the tables, a release would become empty, or the
     * target would not change. Moves are (table, block, row, column, delta) quintuples.
     */
    private long cost(int[] moves, int target) {
        if (!feasible(moves)) {
            return -1;
        }
        spread(moves);
        long cost = change[target] == 0 ? -1 : 0;
        for (int i = 0; i < touchedCount && cost >= 0; i++) {
            int key = touched[i];
            if (change[key] != 0) {
                cost = add(cost, key);
            }
        }
        clear();
        return cost;
    }

    private long add(long cost, int key) {
        int c = key % columnSpan;
        int r = key / columnSpan % rowSpan;
        int release = key / columnSpan / rowSpan % releaseCount;
        int t = key / columnSpan / rowSpan / releaseCount;
        long[][] grid = values[t][release];
        boolean lastRow = r == grid.length - 1;
        boolean lastColumn = c == grid[0].length - 1 && Table.values()[t].rowTotals();
        long value = grid[r][c];
        if (t == TERRITORY && lastRow && lastColumn && value + change[key] < 1) {
            return -1;
        }
        if (hidden[t][release][r][c]) {
            return cost;
        }
        return cost + (1 + value) * (lastRow && lastColumn ? 1000 : lastRow || lastColumn ? 10 : 1);
    }

    private boolean feasible(int[] moves) {
        for (int i = 0; i < moves.length; i += 5) {
            long sum = 0;
            long internships = 0;
            for (int j = 0; j < moves.length; j += 5) {
                boolean same = moves[j] == moves[i] && moves[j + 1] == moves[i + 1] && moves[j + 2] == moves[i + 2]
                        && moves[j + 3] == moves[i + 3];
                sum += same ? moves[j + 4] : 0;
                if (moves[j + 1] == moves[i + 1] && Table.values()[moves[j]].countsInternships(moves[j + 3])) {
                    internships += moves[j] == TERRITORY ? moves[j + 4] : -moves[j + 4];
                }
            }
            if (counts.blocks[moves[i]][moves[i + 1]][moves[i + 2]][moves[i + 3]] + sum < 0 || internships != 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds each move to the released cells of the block's releases: the cell, its row, its column, the total. */
    private void spread(int[] moves) {
        for (int i = 0; i < moves.length; i += 5) {
            Table table = Table.values()[moves[i]];
            int rows = counts.rows(table).size();
            int columns = table.columns().size();
            for (int release : counts.releasesOf[moves[i + 1]]) {
                bump(key(moves[i], release, moves[i + 2], moves[i + 3]), moves[i + 4]);
                bump(key(moves[i], release, rows, moves[i + 3]), moves[i + 4]);
                if (table.rowTotals()) {
                    bump(key(moves[i], release, moves[i + 2], columns), moves[i + 4]);
                    bump(key(moves[i], release, rows, columns), moves[i + 4]);
                }
            }
        }
    }

    private void bump(int key, int delta) {
        if (!listed[key]) {
            listed[key] = true;
            touched[touchedCount++] = key;
        }
        change[key] += delta;
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            change[touched[i]] = 0;
            listed[touched[i]] = false;
        }
        touchedCount = 0;
    }

    private void apply(int[] moves) {
        spread(moves);
        for (int i = 0; i < touchedCount; i++) {
            int key = touched[i];
            if (change[key] != 0) {
                int c = key % columnSpan;
                int r = key / columnSpan % rowSpan;
                int release = key / columnSpan / rowSpan % releaseCount;
                int t = key / columnSpan / rowSpan / releaseCount;
                hidden[t][release][r][c] = true;
                covered[t][release][r][c] = true;
            }
        }
        clear();
    }

    /** When no alternative exists for a cell (a single block, say), nothing is published at all. */
    private void hideEverything() {
        for (boolean[][][] table : hidden) {
            for (boolean[][] release : table) {
                for (boolean[] row : release) {
                    java.util.Arrays.fill(row, true);
                }
            }
        }
    }
}
