package it.integra.interchange;

/** The answer to a successful import, as the contract defines it. */
public record ImportResult(String dataset, long rows, long inserted, long updated, long unchanged, long skipped) {
}
