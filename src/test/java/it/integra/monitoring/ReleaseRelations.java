package it.integra.monitoring;

import it.integra.monitoring.ReleaseAttacker.Count;
import it.integra.monitoring.ReleaseCounts.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relations an attacker writes between published cells, one by one: each row and column of a
 * table with its total; a programme and the sum of its calls; the sum of the years and the sum of the
 * programmes (both are everything); two releases made of the same pathways (a programme of one call,
 * a call of one year). A relation with exactly one suppressed cell gives that cell away.
 */
final class ReleaseRelations {

    private record Term(Release release, Table table, int row, int column) {
    }

    private final PublishedReleases published;
    private final List<List<Term>> relations = new ArrayList<>();

    ReleaseRelations(List<Count> data, PublishedReleases published) {
        this.published = published;
        List<Release> releases = published.releases();
        for (Table table : Table.values()) {
            long[][] shape = published.grid(table, releases.get(0));
            for (Release release : releases) {
                margins(release, table, shape.length, shape[0].length);
            }
            for (int r = 0; r < shape.length; r++) {
                for (int c = 0; c < shape[0].length; c++) {
                    between(data, releases, table, r, c);
                }
            }
        }
    }

    private void margins(Release release, Table table, int rows, int columns) {
        for (int r = 0; r < rows && table.rowTotals(); r++) {
            List<Term> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new Term(release, table, r, c));
            }
            relations.add(row);
        }
        for (int c = 0; c < columns; c++) {
            List<Term> column = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                column.add(new Term(release, table, r, c));
            }
            relations.add(column);
        }
    }

    private void between(List<Count> data, List<Release> releases, Table table, int r, int c) {
        List<Term> everything = new ArrayList<>();
        for (Release release : releases) {
            if (release.kind() == Release.Kind.PROGRAMME) {
                List<Term> programme = new ArrayList<>(List.of(new Term(release, table, r, c)));
                data.stream().filter(d -> d.programme().equals(release.key())).map(Count::call).distinct()
                        .forEach(call -> programme.add(new Term(new Release(Release.Kind.CALL, call), table, r, c)));
                relations.add(programme);
            }
            if (release.kind() != Release.Kind.CALL) {
                everything.add(new Term(release, table, r, c));
            }
            for (Release other : releases) {
                if (release.compareTo(other) < 0 && blocks(data, release).equals(blocks(data, other))) {
                    relations.add(List.of(new Term(release, table, r, c), new Term(other, table, r, c)));
                }
            }
        }
        relations.add(everything);
    }

    private static Set<String> blocks(List<Count> data, Release release) {
        return data.stream().filter(d -> switch (release.kind()) {
            case CALL -> d.call().equals(release.key());
            case PROGRAMME -> d.programme().equals(release.key());
            case YEAR -> String.valueOf(d.year()).equals(release.key());
        }).map(d -> d.call() + "|" + d.year()).collect(Collectors.toSet());
    }

    /** The relations in which exactly one cell is suppressed, each as the list of its cells. */
    List<String> withOneSuppressedCell() {
        List<String> found = new ArrayList<>();
        for (List<Term> relation : relations) {
            long suppressed = relation.stream()
                    .filter(t -> published.suppressed(t.table(), t.release())[t.row()][t.column()]).count();
            if (suppressed == 1) {
                found.add(relation.toString());
            }
        }
        return found;
    }
}
