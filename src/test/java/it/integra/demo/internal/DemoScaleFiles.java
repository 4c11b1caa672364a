package it.integra.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the demo dataset at scale N as one interchange CSV file per dataset (the files a national
 * programme's history would arrive in), for the import benchmark: the same rows the demo loader imports
 * in batches, with one header each.
 */
public final class DemoScaleFiles {

    private DemoScaleFiles() {
    }

    /** {@code java ... DemoScaleFiles 100 /work/files100}: writes the files once, outside a benchmark. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        write(Integer.parseInt(args[0]), Path.of(args[1]));
        System.out.printf("written in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Writes {@code <dataset>.csv} into {@code folder} for each dataset, in import order; returns their paths. */
    public static Map<String, Path> write(int scale, Path folder) {
        Map<String, Writer> writers = new LinkedHashMap<>();
        Map<String, Path> paths = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            new DemoScale(scale).forEachBatch(files -> files.forEach((dataset, csv) -> {
                try {
                    Writer out = writers.get(dataset);
                    if (out == null) {
                        Path path = folder.resolve(dataset + ".csv.part");
                        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                        writers.put(dataset, out);
                        paths.put(dataset, folder.resolve(dataset + ".csv"));
                        out.write(csv);
                    } else {
                        out.write(csv, csv.indexOf('\n') + 1, csv.length() - csv.indexOf('\n') - 1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            for (Map.Entry<String, Writer> entry : writers.entrySet()) {
                entry.getValue().close();
                Files.move(folder.resolve(entry.getKey() + ".csv.part"), paths.get(entry.getKey()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }
}
