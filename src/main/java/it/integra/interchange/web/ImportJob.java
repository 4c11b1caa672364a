package it.integra.interchange.web;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import java.time.Instant;

/** The state of one background import, read by the page while it polls. */
final class ImportJob {

    enum State { RUNNING, SUCCEEDED, REJECTED, FAILED }

    private final String id;
    private final long ownerId;
    private final String dataset;
    private final String fileName;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile ImportProgress.Phase phase = ImportProgress.Phase.READING;
    private volatile long rows;
    private volatile Instant endedAt;
    private volatile ImportResult result;
    private volatile ImportRejectedException rejection;

    ImportJob(String id, long ownerId, String dataset, String fileName, Instant startedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.dataset = dataset;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    void progress(ImportProgress.Phase phase, long rows) {
        this.phase = phase;
        this.rows = rows;
    }

    void succeeded(ImportResult result) {
        this.result = result;
        this.rows = result.rows();
        end(State.SUCCEEDED);
    }

    void rejected(ImportRejectedException rejection) {
        this.rejection = rejection;
        end(State.REJECTED);
    }

    void failed(Exception e) {
        end(State.FAILED);
    }

    private void end(State state) {
        this.endedAt = Instant.now();
        this.state = state;
    }

    boolean endedBefore(Instant limit) {
        return endedAt != null && endedAt.isBefore(limit);
    }

    public String id() { return id; }
    public long ownerId() { return ownerId; }
    public String dataset() { return dataset; }
    public String fileName() { return fileName; }
    public Instant startedAt() { return startedAt; }
    public State state() { return state; }
    public boolean running() { return state == State.RUNNING; }
    public ImportProgress.Phase phase() { return phase; }
    public long rows() { return rows; }
    public ImportResult result() { return result; }
    public ImportRejectedException rejection() { return rejection; }
}
