package it.integra.outcome;

/** How an internship ended: the outcome figures of completed and of early-ended internships are kept apart. */
public enum EndStatus {
    COMPLETED, TERMINATED
}
