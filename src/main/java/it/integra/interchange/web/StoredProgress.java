package it.integra.interchange.web;

import it.integra.interchange.ImportProgress;
import java.time.Duration;

/**
 * Writes an import's progress to the database at a rate the page can use (it polls every 700 ms) and
 * the database hardly notices: every change of phase, otherwise at most once every {@link #EVERY}.
 */
final class StoredProgress implements ImportProgress {

    static final Duration EVERY = Duration.ofMillis(500);

    private final String id;
    private final ImportJobStore store;
    private Phase lastPhase;
    private long lastWrite;

    StoredProgress(String id, ImportJobStore store) {
        this.id = id;
        this.store = store;
    }

    @Override
    public void report(Phase phase, long rowsRead) {
        long now = System.nanoTime();
        if (phase != lastPhase || now - lastWrite >= EVERY.toNanos()) {
            store.progress(id, phase, rowsRead);
            lastPhase = phase;
            lastWrite = now;
        }
    }
}
