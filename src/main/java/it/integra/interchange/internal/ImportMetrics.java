package it.integra.interchange.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What the imports did, for the metrics endpoint: {@code integra.imports}, a timer of every import by
 * dataset and outcome ({@code imported}, {@code rejected}: refused with errors and nothing written,
 * {@code failed}: an unexpected fault), and {@code integra.import.rows}, the rows of the imports that
 * were written, by dataset and what happened to each row ({@code inserted}, {@code updated},
 * {@code unchanged}, {@code skipped}).
 */
@Component
public class ImportMetrics {

    static final String IMPORTS = "integra.imports";
    static final String ROWS = "integra.import.rows";

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public ImportResult record(String dataset, Supplier<ImportResult> importing) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            ImportResult result = importing.get();
            outcome = "imported";
            count(dataset, "inserted", result.inserted());
            count(dataset, "updated", result.updated());
            count(dataset, "unchanged", result.unchanged());
            count(dataset, "skipped", result.skipped());
            return result;
        } catch (ImportRejectedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(Timer.builder(IMPORTS).description("Imports, by dataset and outcome")
                    .tags("dataset", dataset, "outcome", outcome).register(registry));
        }
    }

    private void count(String dataset, String change, long rows) {
        registry.counter(ROWS, "dataset", dataset, "change", change).increment(rows);
    }
}
