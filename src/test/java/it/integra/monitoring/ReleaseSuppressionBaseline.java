package it.integra.monitoring;

import it.integra.monitoring.ReleaseCounts.Table;

/**
 * How the open data used to be suppressed: each table on its own ({@link Suppression#pattern}), safe
 * within the table, blind to the other releases. Kept to show that the attacker finds what it leaks.
 */
final class ReleaseSuppressionBaseline {

    private ReleaseSuppressionBaseline() {
    }

    static PublishedReleases oneByOne(ReleaseCounts counts) {
        int releases = counts.releases.size();
        long[][][][] values = new long[2][releases][][];
        boolean[][][][] hidden = new boolean[2][releases][][];
        for (Table table : Table.values()) {
            for (int release = 0; release < releases; release++) {
                long[][] grid = counts.released(table, release);
                int columns = table.columns().size();
                long[][] cells = new long[grid.length - 1][columns];
                for (int r = 0; r < cells.length; r++) {
                    System.arraycopy(grid[r], 0, cells[r], 0, columns);
                }
                boolean[][] pattern = Suppression.pattern(cells);
                boolean[][] shown = new boolean[grid.length][grid[0].length];
                for (int r = 0; r < grid.length; r++) {
                    System.arraycopy(pattern[r], 0, shown[r], 0, grid[0].length);
                }
                values[table.ordinal()][release] = grid;
                hidden[table.ordinal()][release] = shown;
            }
        }
        return new PublishedReleases(counts, values, hidden);
    }
}
