package it.integra.interchange;

/** What the set-based upsert did with the staged rows; the rest of the rows were unchanged. */
public record UpsertCounts(long inserted, long updated, long skipped) {
}
