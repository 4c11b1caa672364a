package it.integra.interchange;

import java.util.List;

/**
 * The file was refused and nothing of it written. {@code errors} holds every error found, up to
 * {@link #MAX_REPORTED}; {@code errorCount} counts them all.
 */
public class ImportRejectedException extends RuntimeException {

    public static final int MAX_REPORTED = 10_000;

    private final String dataset;
    private final transient List<RowError> errors;
    private final long errorCount;

    public ImportRejectedException(String dataset, List<RowError> errors, long errorCount) {
        super("import of " + dataset + " rejected: " + errorCount + " errors", null, false, false);
        this.dataset = dataset;
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    public String dataset() {
        return dataset;
    }

    public List<RowError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }
}
