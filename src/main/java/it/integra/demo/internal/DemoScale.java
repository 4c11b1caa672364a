package it.integra.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo dataset at scale N, for benchmarks: the base dataset (scale 1, the published figures) and
 * N - 1 copies of its pathways, each with people, clearances, internships, hours and contracts of its
 * own but the same calls, providers, hosts, dates and fates. Every count of pathways is therefore N
 * times the base one and every share the same; counts of providers stay as published. The files go
 * out in batches of a few copies, so that memory stays bounded and each import stays a manageable
 * transaction.
 */
final class DemoScale {

    static final int MAX_SCALE = 1_000;
    static final int COPIES_PER_BATCH = 10;
    /** The datasets that a copy adds; calls, providers and applications come once, with the base. */
    static final List<String> PATHWAY_DATASETS = List.of("participants", "clearances", "internships", "services",
            "contracts");

    private final int scale;

    DemoScale(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("integra.demo.scale must be between 1 and " + MAX_SCALE + ": " + scale);
        }
        this.scale = scale;
    }

    /** Hands each batch of files, dataset by dataset in import order, to the importer. */
    void forEachBatch(Consumer<Map<String, String>> importer) {
        DemoPlan base = new DemoPlan();
        Map<String, String> first = base.build();
        if (scale == 1) {
            importer.accept(first);
            return;
        }
        Set<String> baseTaxCodes = Set.copyOf(base.writer.taxCodes());
        Map<String, StringBuilder> batch = open(first);
        int copies = 1;
        for (int copy = 1; copy < scale; copy++) {
            Map<String, String> files = new DemoPlan(copy, baseTaxCodes).build();
            for (String dataset : PATHWAY_DATASETS) {
                String csv = files.get(dataset);
                batch.get(dataset).append(csv, csv.indexOf('\n') + 1, csv.length());
            }
            if (++copies == COPIES_PER_BATCH) {
                importer.accept(close(batch));
                batch = open(headersOnly(files));
                copies = 0;
            }
        }
        if (copies > 0) {
            importer.accept(close(batch));
        }
    }

    private static Map<String, String> headersOnly(Map<String, String> files) {
        Map<String, String> headers = new LinkedHashMap<>();
        PATHWAY_DATASETS.forEach(dataset -> {
            String csv = files.get(dataset);
            headers.put(dataset, csv.substring(0, csv.indexOf('\n') + 1));
        });
        return headers;
    }

    private static Map<String, StringBuilder> open(Map<String, String> files) {
        Map<String, StringBuilder> batch = new LinkedHashMap<>();
        files.forEach((dataset, csv) -> batch.put(dataset, new StringBuilder(csv)));
        return batch;
    }

    private static Map<String, String> close(Map<String, StringBuilder> batch) {
        Map<String, String> files = new LinkedHashMap<>();
        batch.forEach((dataset, csv) -> files.put(dataset, csv.toString()));
        return files;
    }
}
