package it.integra.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for published tables: counts from 1 to 4 are suppressed (primary
 * suppression), then more cells until no suppressed count can be worked out from the published
 * cells and totals (complementary suppression). A table is a grid of cells with its row totals, its
 * column totals and the grand total; every row and every column is one linear equation.
 */
public final class Suppression {

    public static final int THRESHOLD = 4;

    private Suppression() {
    }

    /**
     * The suppression pattern of a table: {@code result[r][c]} for the cells, with the row totals in
     * the extra last column, the column totals in the extra last row and the grand total in the corner.
     */
    public static boolean[][] pattern(long[][] cells) {
        long[][] grid = withTotals(cells);
        int rows = grid.length;
        int columns = grid[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = grid[r][c] >= 1 && grid[r][c] <= THRESHOLD;
            }
        }
        List<int[]> recoverable = Disclosure.recoverable(grid, hidden);
        while (!recoverable.isEmpty()) {
            int[] chosen = nextToHide(grid, hidden, recoverable);
            if (chosen == null) {
                break;
            }
            hidden[chosen[0]][chosen[1]] = true;
            recoverable = Disclosure.recoverable(grid, hidden);
        }
        return hidden;
    }

    /** The table with its margins: row totals in a last column, column totals and the grand total in a last row. */
    public static long[][] withTotals(long[][] cells) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = cells[r][c];
                grid[r][columns] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][columns] += cells[r][c];
            }
        }
        return grid;
    }

    /**
     * The published cell to suppress next: the smallest one sharing a row or column with a cell that
     * can still be worked out (inner cells before totals, zeros last); failing that, the smallest
     * published cell anywhere.
     */
    private static int[] nextToHide(long[][] grid, boolean[][] hidden, List<int[]> recoverable) {
        List<int[]> candidates = new ArrayList<>();
        for (int[] cell : recoverable) {
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (!hidden[r][c] && (r == cell[0] || c == cell[1])) {
                        candidates.add(new int[] {r, c});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (!hidden[r][c]) {
                        candidates.add(new int[] {r, c});
                    }
                }
            }
        }
        int lastRow = grid.length - 1;
        int lastColumn = grid[0].length - 1;
        return candidates.stream().min((a, b) -> {
            boolean aTotal = a[0] == lastRow || a[1] == lastColumn;
            boolean bTotal = b[0] == lastRow || b[1] == lastColumn;
            if (aTotal != bTotal) {
                return aTotal ? 1 : -1;
            }
            long aValue = grid[a[0]][a[1]] == 0 ? Long.MAX_VALUE / 2 : grid[a[0]][a[1]];
            long bValue = grid[b[0]][b[1]] == 0 ? Long.MAX_VALUE / 2 : grid[b[0]][b[1]];
            return Long.compare(aValue, bValue);
        }).orElse(null);
    }
}
