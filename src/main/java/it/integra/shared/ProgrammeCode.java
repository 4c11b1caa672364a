package it.integra.shared;

/** The built-in programmes. */
public enum ProgrammeCode {
    INSIDE, PERCORSI, PUOI
}
