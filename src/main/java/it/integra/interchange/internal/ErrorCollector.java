package it.integra.interchange.internal;

import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error of a file, keeping the first {@link ImportRejectedException#MAX_REPORTED}. */
final class ErrorCollector {

    private final List<RowError> errors = new ArrayList<>();
    private long count;

    void add(RowError error) {
        count++;
        if (errors.size() < ImportRejectedException.MAX_REPORTED) {
            errors.add(error);
        }
    }

    void addAll(List<RowError> more) {
        more.forEach(this::add);
    }

    boolean isEmpty() {
        return count == 0;
    }

    ImportRejectedException rejection(String dataset, List<String> columnOrder) {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row)
                .thenComparingInt(e -> columnOrder.indexOf(e.column())));
        return new ImportRejectedException(dataset, sorted, count);
    }
}
