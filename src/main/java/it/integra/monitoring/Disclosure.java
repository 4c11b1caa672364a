package it.integra.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Which suppressed cells of a table with margins an attacker can work out exactly from the
 * published ones: a cell is recoverable when the row and column equations determine it, that is
 * when its unit vector lies in the row space of the equations restricted to the unknown cells.
 */
public final class Disclosure {

    private static final double EPSILON = 1e-9;

    private Disclosure() {
    }

    /** The recoverable cells as {row, column} pairs of the grid with margins. */
    public static List<int[]> recoverable(long[][] grid, boolean[][] hidden) {
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (hidden[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        double[][] reduced = equations(grid, unknowns);
        int[] pivots = reduce(reduced);
        List<int[]> recoverable = new ArrayList<>();
        for (int row = 0; row < pivots.length; row++) {
            int pivot = pivots[row];
            if (pivot < 0) {
                continue;
            }
            boolean alone = true;
            for (int j = 0; j < unknowns.size() && alone; j++) {
                alone = j == pivot || Math.abs(reduced[row][j]) < EPSILON;
            }
            if (alone) {
                recoverable.add(unknowns.get(pivot));
            }
        }
        return recoverable;
    }

    /** One equation per row and per column of the grid, over the unknown cells only. */
    private static double[][] equations(long[][] grid, List<int[]> unknowns) {
        int rows = grid.length;
        int columns = grid[0].length;
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double[] equation = new double[unknowns.size()];
            for (int j = 0; j < unknowns.size(); j++) {
                int[] u = unknowns.get(j);
                if (u[0] == r) {
                    equation[j] = u[1] == columns - 1 ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        for (int c = 0; c < columns; c++) {
            double[] equation = new double[unknowns.size()];
            for (int j = 0; j < unknowns.size(); j++) {
                int[] u = unknowns.get(j);
                if (u[1] == c) {
                    equation[j] = u[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        return equations.toArray(double[][]::new);
    }

    /**
     * Brings the matrix to reduced row echelon form in place; returns, for each row, the column of
     * its pivot or -1. An unknown is determined when its pivot row has no other non-zero entry.
     */
    static int[] reduce(double[][] m) {
        int rows = m.length;
        int columns = rows == 0 ? 0 : m[0].length;
        int[] pivots = new int[rows];
        java.util.Arrays.fill(pivots, -1);
        int rank = 0;
        for (int c = 0; c < columns && rank < rows; c++) {
            int pivot = rank;
            for (int r = rank + 1; r < rows; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < EPSILON) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            double scale = m[rank][c];
            for (int k = c; k < columns; k++) {
                m[rank][k] /= scale;
            }
            for (int r = 0; r < rows; r++) {
                if (r != rank && Math.abs(m[r][c]) > EPSILON) {
                    double factor = m[r][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            pivots[rank] = c;
            rank++;
        }
        return pivots;
    }
}
