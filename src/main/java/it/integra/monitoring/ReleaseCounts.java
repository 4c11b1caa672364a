package it.integra.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeSet;

/**
 * The counts behind the published releases, in blocks of one call and one calendar year of request:
 * every release is a union of blocks (a call of its years, a programme of its calls' blocks, a year of
 * its calls'), so the blocks' cells are the finest counts an attacker could try to work out. Two
 * tables share the blocks: pathways by province and status, and internships by ATECO section.
 */
public final class ReleaseCounts {

    /** The published tables: their columns, and whether each row's total is published beside them. */
    public enum Table {
        TERRITORY(List.of("notActivated", "ongoing", "completed", "terminated"), true),
        SECTORS(List.of("internships"), false);

        private final List<String> columns;
        private final boolean rowTotals;

        Table(List<String> columns, boolean rowTotals) {
            this.columns = columns;
            this.rowTotals = rowTotals;
        }

        public List<String> columns() {
            return columns;
        }

        public boolean rowTotals() {
            return rowTotals;
        }

        /** Whether a column counts internships: a block's internships are as many in both tables. */
        boolean countsInternships(int column) {
            return this == SECTORS || column > 0;
        }
    }

    private record Block(String call, String programme, int year) implements Comparable<Block> {
        @Override
        public int compareTo(Block other) {
            int byCall = call.compareTo(other.call);
            return byCall != 0 ? byCall : Integer.compare(year, other.year);
        }
    }

    private record Count(Table table, Block block, String row, int column) {
    }

    final List<Release> releases = new ArrayList<>();
    /** For each block, its three releases: its call, its programme, its year. */
    final int[][] releasesOf;
    final int[] callOf;
    final int[] yearOf;
    final List<List<String>> rows = new ArrayList<>();
    /** The counts by table, block, row and column. */
    final long[][][][] blocks;

    private ReleaseCounts(Map<Count, Long> counts) {
        TreeSet<Block> keys = new TreeSet<>();
        List<TreeSet<String>> labels = List.of(new TreeSet<>(), new TreeSet<>());
        counts.keySet().forEach(c -> {
            keys.add(c.block());
            labels.get(c.table().ordinal()).add(c.row());
        });
        TreeSet<Release> named = new TreeSet<>();
        keys.forEach(b -> {
            named.add(new Release(Release.Kind.CALL, b.call()));
            named.add(new Release(Release.Kind.PROGRAMME, b.programme()));
            named.add(new Release(Release.Kind.YEAR, String.valueOf(b.year())));
        });
        releases.addAll(named);
        labels.forEach(l -> rows.add(List.copyOf(l)));
        List<Block> ordered = List.copyOf(keys);
        releasesOf = new int[ordered.size()][];
        callOf = new int[ordered.size()];
        yearOf = new int[ordered.size()];
        for (int b = 0; b < ordered.size(); b++) {
            Block block = ordered.get(b);
            releasesOf[b] = new int[] {indexOf(Release.Kind.CALL, block.call()),
                indexOf(Release.Kind.PROGRAMME, block.programme()), indexOf(Release.Kind.YEAR, String.valueOf(block.year()))};
            callOf[b] = releasesOf[b][0];
            yearOf[b] = releasesOf[b][2];
        }
        blocks = new long[2][ordered.size()][][];
        for (Table table : Table.values()) {
            for (int b = 0; b < ordered.size(); b++) {
                blocks[table.ordinal()][b] = new long[rows.get(table.ordinal()).size()][table.columns().size()];
            }
        }
        Map<Block, Integer> blockIndex = new HashMap<>();
        ordered.forEach(b -> blockIndex.put(b, blockIndex.size()));
        counts.forEach((c, n) -> blocks[c.table().ordinal()][blockIndex.get(c.block())]
                [rows.get(c.table().ordinal()).indexOf(c.row())][c.column()] += n);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Release> releases() {
        return List.copyOf(releases);
    }

    public List<String> rows(Table table) {
        return rows.get(table.ordinal());
    }

    /** Whether both hold the same counts for the same releases, rows and blocks. */
    public boolean sameAs(ReleaseCounts other) {
        return releases.equals(other.releases) && rows.equals(other.rows)
                && java.util.Arrays.deepEquals(releasesOf, other.releasesOf)
                && java.util.Arrays.deepEquals(blocks, other.blocks);
    }

    int blockCount() {
        return releasesOf.length;
    }

    int indexOf(Release.Kind kind, String key) {
        return releases.indexOf(new Release(kind, key));
    }

    /**
     * The released table with its margins: rows then the column totals; columns then, where published,
     * the row totals.
     */
    long[][] released(Table table, int release) {
        int rowCount = rows(table).size();
        int columns = table.columns().size();
        long[][] grid = new long[rowCount + 1][columns + (table.rowTotals() ? 1 : 0)];
        for (int b = 0; b < blockCount(); b++) {
            if (!contains(release, b)) {
                continue;
            }
            long[][] block = blocks[table.ordinal()][b];
            for (int r = 0; r < rowCount; r++) {
                for (int c = 0; c < columns; c++) {
                    grid[r][c] += block[r][c];
                    grid[rowCount][c] += block[r][c];
                    if (table.rowTotals()) {
                        grid[r][columns] += block[r][c];
                        grid[rowCount][columns] += block[r][c];
                    }
                }
            }
        }
        return grid;
    }

    boolean contains(int release, int block) {
        int[] of = releasesOf[block];
        return of[0] == release || of[1] == release || of[2] == release;
    }

    /** Collects counts; adding the same cell twice sums them. */
    public static final class Builder {

        private final Map<Count, Long> counts = new HashMap<>();

        public Builder add(Table table, String call, String programme, int year, String row, int column, long count) {
            if (count < 0 || column < 0 || column >= table.columns().size()) {
                throw new IllegalArgumentException("count " + count + " in column " + column + " of " + table);
            }
            if (count > 0) {
                counts.merge(new Count(table, new Block(call, programme, year), row, column), count, Long::sum);
            }
            return this;
        }

        public ReleaseCounts build() {
            return new ReleaseCounts(counts);
        }
    }
}
