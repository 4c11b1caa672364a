package it.integra.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.shared.TaxCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoScaleTests {

    @Test
    void scaleOneIsTheBaseDatasetUnchanged() {
        List<Map<String, String>> batches = batches(1);
        assertThat(batches).containsExactly(new DemoPlan().build());
    }

    @Test
    void scaleTwoWritesEveryPathwayDatasetTwiceAndTheProgrammeOnce() {
        Map<String, String> base = new DemoPlan().build();
        List<Map<String, String>> batches = batches(2);
        assertThat(batches).hasSize(1);
        Map<String, String> files = batches.get(0);
        assertThat(files.keySet()).containsExactlyElementsOf(base.keySet());
        for (String dataset : List.of("calls", "providers", "applications")) {
            assertThat(files.get(dataset)).isEqualTo(base.get(dataset));
        }
        for (String dataset : DemoScale.PATHWAY_DATASETS) {
            assertThat(rows(files.get(dataset))).as(dataset).hasSize(2 * rows(base.get(dataset)).size());
            assertThat(files.get(dataset)).as(dataset).startsWith(base.get(dataset));
        }
    }

    @Test
    void copiesHaveTheirOwnValidTaxCodesAndCodes() {
        Map<String, String> files = batches(3).get(0);
        List<String> taxCodes = column(files.get("participants"), 0);
        assertThat(taxCodes).allMatch(TaxCode::isValid);
        assertThat(new HashSet<>(taxCodes)).hasSameSizeAs(taxCodes);
        for (String dataset : List.of("clearances", "internships", "contracts")) {
            List<String> codes = column(files.get(dataset), 0);
            assertThat(new HashSet<>(codes)).as(dataset).hasSameSizeAs(codes);
        }
        assertThat(Set.copyOf(column(files.get("clearances"), 3))).isEqualTo(Set.copyOf(taxCodes));
    }

    @Test
    void copiesComeInBatchesOfTen() {
        List<Map<String, String>> batches = batches(12);
        assertThat(batches).hasSize(2);
        int base = rows(new DemoPlan().build().get("clearances")).size();
        assertThat(rows(batches.get(0).get("clearances"))).hasSize(10 * base);
        assertThat(rows(batches.get(1).get("clearances"))).hasSize(2 * base);
        assertThat(batches.get(1).keySet()).containsExactlyElementsOf(DemoScale.PATHWAY_DATASETS);
    }

    @Test
    void refusesAScaleOutOfRange() {
        assertThatThrownBy(() -> new DemoScale(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoScale(1_001)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Map<String, String>> batches(int scale) {
        List<Map<String, String>> batches = new ArrayList<>();
        new DemoScale(scale).forEachBatch(batches::add);
        return batches;
    }

    private static List<String> rows(String csv) {
        List<String> lines = csv.lines().toList();
        return lines.subList(1, lines.size());
    }

    /** A column of a file whose cells before it hold no quoted commas (codes come first). */
    private static List<String> column(String csv, int index) {
        return rows(csv).stream().map(row -> row.split(",", -1)[index]).toList();
    }
}
