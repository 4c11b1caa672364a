package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SuppressionTests {

    static Stream<long[][]> tables() {
        Random random = new Random(4);
        return IntStream.range(0, 300).mapToObj(i -> {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(5);
            long[][] cells = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int roll = random.nextInt(10);
                    cells[r][c] = roll < 2 ? 0 : roll < 6 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
                }
            }
            return cells;
        });
    }

    @ParameterizedTest
    @MethodSource("tables")
    void suppressesEverySmallCountAndLeavesNoneRecoverable(long[][] cells) {
        long[][] grid = Suppression.withTotals(cells);
        boolean[][] hidden = Suppression.pattern(cells);

        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (grid[r][c] >= 1 && grid[r][c] <= 4) {
                    assertThat(hidden[r][c]).as("cell %d,%d = %d", r, c, grid[r][c]).isTrue();
                }
            }
        }
        assertThat(Attacker.recover(grid, hidden)).as("cells an attacker works out").isEmpty();
    }

    @Test
    void aSingleSmallCellTakesItsPartnersWithIt() {
        long[][] cells = {{3, 40, 50}, {20, 30, 60}};

        boolean[][] hidden = Suppression.pattern(cells);

        assertThat(hidden[0][0]).isTrue();
        assertThat(count(hidden)).isGreaterThanOrEqualTo(4);
        assertThat(Attacker.recover(Suppression.withTotals(cells), hidden)).isEmpty();
    }

    @Test
    void leavesATableWithoutSmallCountsAsItIs() {
        assertThat(count(Suppression.pattern(new long[][] {{10, 20}, {30, 0}}))).isZero();
    }

    private static int count(boolean[][] hidden) {
        int count = 0;
        for (boolean[] row : hidden) {
            for (boolean cell : row) {
                count += cell ? 1 : 0;
            }
        }
        return count;
    }

    /**
     * An attacker who knows every published cell and total and solves the row and column equations
     * exactly (integer Gaussian elimination): returns the suppressed cells whose value it can pin down.
     */
    static final class Attacker {

        static List<String> recover(long[][] grid, boolean[][] hidden) {
            List<int[]> unknowns = new ArrayList<>();
            for (int r = 0; r < grid.length; r++) {
                for (int c = 0; c < grid[0].length; c++) {
                    if (hidden[r][c]) {
                        unknowns.add(new int[] {r, c});
                    }
                }
            }
            List<BigInteger[]> system = new ArrayList<>();
            int rows = grid.length;
            int columns = grid[0].length;
            for (int line = 0; line < rows + columns; line++) {
                BigInteger[] equation = new BigInteger[unknowns.size() + 1];
                java.util.Arrays.fill(equation, BigInteger.ZERO);
                long constant = 0;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        boolean inLine = line < rows ? r == line : c == line - rows;
                        if (!inLine) {
                            continue;
                        }
                        boolean margin = line < rows ? c == columns - 1 : r == rows - 1;
                        int sign = margin ? -1 : 1;
                        int index = indexOf(unknowns, r, c);
                        if (index >= 0) {
                            equation[index] = BigInteger.valueOf(sign);
                        } else {
                            constant -= sign * grid[r][c];
                        }
                    }
                }
                equation[unknowns.size()] = BigInteger.valueOf(constant);
                system.add(equation);
            }
            eliminate(system, unknowns.size());
            List<String> recovered = new ArrayList<>();
            for (BigInteger[] equation : system) {
                int nonZero = 0;
                int last = -1;
                for (int j = 0; j < unknowns.size(); j++) {
                    if (equation[j].signum() != 0) {
                        nonZero++;
                        last = j;
                    }
                }
                if (nonZero == 1) {
                    recovered.add(unknowns.get(last)[0] + "," + unknowns.get(last)[1]);
                }
            }
            return recovered;
        }

        private static int indexOf(List<int[]> unknowns, int r, int c) {
            for (int i = 0; i < unknowns.size(); i++) {
                if (unknowns.get(i)[0] == r && unknowns.get(i)[1] == c) {
                    return i;
                }
            }
            return -1;
        }

        /** Reduced row echelon form with integer arithmetic (fraction-free). */
        private static void eliminate(List<BigInteger[]> system, int variables) {
            int pivotRow = 0;
            for (int column = 0; column < variables && pivotRow < system.size(); column++) {
                int found = -1;
                for (int r = pivotRow; r < system.size(); r++) {
                    if (system.get(r)[column].signum() != 0) {
                        found = r;
                        break;
                    }
                }
                if (found < 0) {
                    continue;
                }
                java.util.Collections.swap(system, pivotRow, found);
                BigInteger[] pivot = system.get(pivotRow);
                for (int r = 0; r < system.size(); r++) {
                    BigInteger[] row = system.get(r);
                    if (r == pivotRow || row[column].signum() == 0) {
                        continue;
                    }
                    BigInteger a = pivot[column];
                    BigInteger b = row[column];
                    for (int k = 0; k <= variables; k++) {
                        row[k] = row[k].multiply(a).subtract(pivot[k].multiply(b));
                    }
                }
                pivotRow++;
            }
        }
    }
}
