package it.integra.accounting;

import java.util.List;

/** A claim with its lines, as its page and its statement show it. */
public record ClaimDetails(ClaimSummary summary, List<ClaimLine> lines) {

    public ClaimDetails {
        lines = List.copyOf(lines);
    }

    public long id() {
        return summary.id();
    }

    public ClaimStatus status() {
        return summary.status();
    }
}
