package it.integra.monitoring;

import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The alternatives {@link JointSuppression} tries for a suppressed cell, starting from the block counts
 * that make it up (its sources), families in order until one applies: rectangles (one pathway of the
 * block traded between two provinces and two statuses, alone or against the opposite trade in a block
 * of the same call or year, which leaves the releases they share untouched); pairs (between two rows
 * or two columns); moves of one pathway to another block and additions of one, with its internship in
 * the other table when it has one.
 */
final class Alternatives {

    private static final int SOURCES = 3;

    private final ReleaseCounts counts;
    private final JointSuppression suppression;
    private final int[][] neighbours;

    Alternatives(ReleaseCounts counts, JointSuppression suppression) {
        this.counts = counts;
        this.suppression = suppression;
        neighbours = new int[counts.blockCount()][];
        for (int b = 0; b < neighbours.length; b++) {
            List<Integer> near = new ArrayList<>();
            for (int other = 0; other < neighbours.length; other++) {
                if (other != b && (counts.callOf[other] == counts.callOf[b] || counts.yearOf[other] == counts.yearOf[b])) {
                    near.add(other);
                }
            }
            neighbours[b] = near.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    void search(int t, int release, int row, int column) {
        int target = suppression.key(t, release, row, column);
        List<int[]> sources = sources(t, release, row, column);
        for (int i = 0; i < sources.size() && !suppression.free(); i++) {
            rectangles(t, sources.get(i), target);
        }
        for (int i = 0; i < sources.size() && !suppression.found(); i++) {
            pairs(t, sources.get(i), target);
        }
        for (int i = 0; i < sources.size() && !suppression.found(); i++) {
            movesAndAdditions(t, sources.get(i), target);
        }
    }

    /** The block counts of at least one inside the cell (its row and column for a margin), largest first. */
    private List<int[]> sources(int t, int release, int row, int column) {
        Table table = Table.values()[t];
        int rows = counts.rows(table).size();
        int columns = table.columns().size();
        List<int[]> sources = new ArrayList<>();
        for (int b = 0; b < counts.blockCount(); b++) {
            if (!counts.contains(release, b)) {
                continue;
            }
            long[][] block = counts.blocks[t][b];
            for (int r = row == rows ? 0 : row; r < (row == rows ? rows : row + 1); r++) {
                for (int c = column >= columns ? 0 : column; c < (column >= columns ? columns : column + 1); c++) {
                    if (block[r][c] >= 1) {
                        sources.add(new int[] {b, r, c, (int) Math.min(block[r][c], Integer.MAX_VALUE)});
                    }
                }
            }
        }
        sources.sort(Comparator.<int[]>comparingInt(s -> -s[3]).thenComparingInt(s -> s[0])
                .thenComparingInt(s -> s[1]).thenComparingInt(s -> s[2]));
        return sources.subList(0, Math.min(SOURCES, sources.size()));
    }

    private void rectangles(int t, int[] source, int target) {
        int b = source[0];
        int r0 = source[1];
        int c0 = source[2];
        long[][][] blocks = counts.blocks[t];
        int columns = Table.values()[t].columns().size();
        for (int r2 = 0; r2 < blocks[b].length && !suppression.free(); r2++) {
            for (int c2 = 0; c2 < columns; c2++) {
                if (r2 == r0 || c2 == c0 || blocks[b][r2][c2] < 1) {
                    continue;
                }
                int[] single = {t, b, r0, c0, -1, t, b, r2, c2, -1, t, b, r0, c2, 1, t, b, r2, c0, 1};
                suppression.consider(single, target);
                for (int other : neighbours[b]) {
                    if (blocks[other][r0][c2] >= 1 && blocks[other][r2][c0] >= 1) {
                        suppression.consider(join(single, new int[] {t, other, r0, c2, -1, t, other, r2, c0, -1,
                            t, other, r0, c0, 1, t, other, r2, c2, 1}), target);
                    }
                }
            }
        }
    }

    private void pairs(int t, int[] source, int target) {
        int b = source[0];
        int r0 = source[1];
        int c0 = source[2];
        long[][][] blocks = counts.blocks[t];
        for (int r2 = 0; r2 < blocks[b].length; r2++) {
            if (r2 != r0) {
                pair(t, b, r0, c0, r2, c0, target);
            }
        }
        for (int c2 = 0; c2 < Table.values()[t].columns().size(); c2++) {
            if (c2 != c0) {
                pair(t, b, r0, c0, r0, c2, target);
            }
        }
    }

    /** One pathway from (r0, c0) to (r2, c2) of the block, alone or against the opposite in a near block. */
    private void pair(int t, int b, int r0, int c0, int r2, int c2, int target) {
        int[] single = {t, b, r0, c0, -1, t, b, r2, c2, 1};
        suppression.consider(single, target);
        for (int other : neighbours[b]) {
            if (counts.blocks[t][other][r2][c2] >= 1) {
                suppression.consider(join(single, new int[] {t, other, r2, c2, -1, t, other, r0, c0, 1}), target);
            }
        }
    }

    /** One pathway moved to any other block, or one more pathway; with its internship in the other table. */
    private void movesAndAdditions(int t, int[] source, int target) {
        int b = source[0];
        int r0 = source[1];
        int c0 = source[2];
        for (int other = 0; other < counts.blockCount(); other++) {
            if (other != b) {
                withInternship(new int[] {t, b, r0, c0, -1, t, other, r0, c0, 1}, t, b, other, c0, target);
            }
        }
        withInternship(new int[] {t, b, r0, c0, 1}, t, -1, b, c0, target);
    }

    /** The moves as they are, or, when they move an internship, with the same internship in the other table. */
    private void withInternship(int[] moves, int t, int from, int to, int column, int target) {
        if (!Table.values()[t].countsInternships(column)) {
            suppression.consider(moves, target);
            return;
        }
        int o = 1 - t;
        Table other = Table.values()[o];
        long[][] source = counts.blocks[o][from < 0 ? to : from];
        for (int r = 0; r < source.length; r++) {
            for (int c = 0; c < other.columns().size(); c++) {
                if (!other.countsInternships(c) || from >= 0 && source[r][c] < 1) {
                    continue;
                }
                int[] internship = from < 0 ? new int[] {o, to, r, c, 1} : new int[] {o, from, r, c, -1, o, to, r, c, 1};
                suppression.consider(join(moves, internship), target);
            }
        }
    }

    private static int[] join(int[] first, int[] second) {
        int[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
