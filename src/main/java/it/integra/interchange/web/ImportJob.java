package it.integra.interchange.web;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.RowError;
import java.time.Instant;
import java.util.List;

/**
 * The state of one background import as the database holds it, read by the page while it polls through
 * any node. {@code result} is set once it succeeded; {@code errorCount} and {@code errors} (at most
 * {@link it.integra.interchange.ImportRejectedException#MAX_REPORTED}) once it was rejected.
 */
record ImportJob(String id, long ownerId, String dataset, String fileName, Instant startedAt, State state,
                 ImportProgress.Phase phase, long rows, Instant endedAt, ImportResult result, long errorCount,
                 List<RowError> errors) {

    enum State { RUNNING, SUCCEEDED, REJECTED, FAILED }

    ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean rejected() {
        return state == State.REJECTED;
    }
}
