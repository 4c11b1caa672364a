package it.integra.interchange;

/** Receives the progress of a long import: rows read so far and the current phase. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { READING, CHECKING, WRITING, DONE }

    void report(Phase phase, long rowsRead);

    ImportProgress NONE = (phase, rows) -> { };
}
