package it.integra.monitoring;

import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attacker of the published releases who knows how they are made: every release is a sum of blocks
 * (call and year of request), a block's internships are as many in both tables, and a published zero
 * means every count inside it is zero (counts are never negative). It writes one unknown per block
 * count, one equation per published cell, and solves the whole system at once (exact elimination,
 * modulo two large primes): a suppressed cell is recovered when its sum of block counts lies in the
 * span of the known equations. That covers every difference between releases, every relation between
 * a programme and its calls or the years and the calls, every margin, and any combination of them.
 */
final class ReleaseAttacker {

    private static final long[] PRIMES = {2_147_483_647L, 1_000_000_007L};

    /** One generated count: the raw data the releases are made of. */
    record Count(Table table, String call, String programme, int year, String row, int column, long count) {
    }

    private record Variable(Table table, String call, String programme, int year, String row, int column) {
    }

    private final Map<Variable, Integer> variables = new LinkedHashMap<>();

    ReleaseAttacker(List<Count> data) {
        List<String> blocks = data.stream().map(c -> c.call() + "|" + c.programme() + "|" + c.year()).distinct().toList();
        for (String block : blocks) {
            String[] parts = block.split("\\|");
            for (Table table : Table.values()) {
                for (String row : rows(data, table)) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        variables.put(new Variable(table, parts[0], parts[1], Integer.parseInt(parts[2]), row, c),
                                variables.size());
                    }
                }
            }
        }
    }

    static List<String> rows(List<Count> data, Table table) {
        return data.stream().filter(c -> c.table() == table).map(Count::row).distinct().sorted().toList();
    }

    /** The suppressed cells whose value the attacker works out, as "release table row column". */
    List<String> recover(PublishedReleases published, List<Count> data) {
        List<long[]> known = new ArrayList<>();
        List<long[]> unknown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Release release : published.releases()) {
            for (Table table : Table.values()) {
                long[][] grid = published.grid(table, release);
                boolean[][] suppressed = published.suppressed(table, release);
                List<String> rows = rows(data, table);
                for (int r = 0; r < grid.length; r++) {
                    for (int c = 0; c < grid[0].length; c++) {
                        long[] sum = sum(release, table, r < rows.size() ? rows.get(r) : null,
                                c < table.columns().size() ? c : -1);
                        if (suppressed[r][c]) {
                            unknown.add(sum);
                            names.add(release + " " + table + " " + r + " " + c);
                        } else {
                            known.add(sum);
                            if (grid[r][c] == 0) {
                                zeros(sum, known);
                            }
                        }
                    }
                }
            }
        }
        coupling(known);
        List<String> recovered = new ArrayList<>();
        for (long p : PRIMES) {
            List<long[]> basis = basis(known, p);
            for (int i = 0; i < unknown.size(); i++) {
                if (inSpan(basis, unknown.get(i), p) && !recovered.contains(names.get(i))) {
                    recovered.add(names.get(i));
                }
            }
        }
        return recovered;
    }

    private long[] sum(Release release, Table table, String row, int column) {
        long[] vector = new long[variables.size()];
        variables.forEach((v, index) -> {
            boolean inRelease = switch (release.kind()) {
                case CALL -> v.call().equals(release.key());
                case PROGRAMME -> v.programme().equals(release.key());
                case YEAR -> String.valueOf(v.year()).equals(release.key());
            };
            if (inRelease && v.table() == table && (row == null || v.row().equals(row))
                    && (column < 0 || v.column() == column)) {
                vector[index] = 1;
            }
        });
        return vector;
    }

    private static void zeros(long[] sum, List<long[]> known) {
        for (int i = 0; i < sum.length; i++) {
            if (sum[i] != 0) {
                long[] unit = new long[sum.length];
                unit[i] = 1;
                known.add(unit);
            }
        }
    }

    /** Each block has as many internships by province and status as by section. */
    private void coupling(List<long[]> known) {
        Map<String, long[]> byBlock = new LinkedHashMap<>();
        variables.forEach((v, index) -> {
            long[] equation = byBlock.computeIfAbsent(v.call() + "|" + v.year(), k -> new long[variables.size()]);
            if (v.table().countsInternships(v.column())) {
                equation[index] = v.table() == Table.TERRITORY ? 1 : -1;
            }
        });
        known.addAll(byBlock.values());
    }

    private static List<long[]> basis(List<long[]> equations, long p) {
        List<long[]> basis = new ArrayList<>();
        for (long[] equation : equations) {
            long[] row = reduce(basis, equation, p);
            int pivot = pivot(row);
            if (pivot >= 0) {
                long inverse = java.math.BigInteger.valueOf(row[pivot]).modInverse(java.math.BigInteger.valueOf(p))
                        .longValue();
                for (int j = 0; j < row.length; j++) {
                    row[j] = row[j] * inverse % p;
                }
                basis.add(row);
            }
        }
        return basis;
    }

    private static boolean inSpan(List<long[]> basis, long[] vector, long p) {
        return pivot(reduce(basis, vector, p)) < 0;
    }

    /** Subtracts each basis row (its pivot is 1) as many times as the vector holds at the pivot. */
    private static long[] reduce(List<long[]> basis, long[] vector, long p) {
        long[] row = new long[vector.length];
        for (int j = 0; j < row.length; j++) {
            row[j] = Math.floorMod(vector[j], p);
        }
        for (long[] base : basis) {
            int pivot = pivot(base);
            long factor = row[pivot];
            if (factor != 0) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = Math.floorMod(row[j] - factor * base[j] % p, p);
                }
            }
        }
        return row;
    }

    private static int pivot(long[] row) {
        for (int j = 0; j < row.length; j++) {
            if (row[j] != 0) {
                return j;
            }
        }
        return -1;
    }
}
