package it.integra.shared;

/** Sex as recorded in the tax code and the employment communications. */
public enum Sex {
    M, F
}
