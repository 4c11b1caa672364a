package it.integra.outcome;

import java.util.List;

/**
 * Which ended internships an outcome figure covers: some calls (null for all), one provider's
 * pathways (a provider's operator sees only those), one region (by the clearance's province).
 */
public record OutcomeScope(List<Long> callIds, Long providerId, String regionCode) {

    public OutcomeScope {
        callIds = callIds == null ? null : List.copyOf(callIds);
    }

    public static OutcomeScope everything() {
        return new OutcomeScope(null, null, null);
    }

    public static OutcomeScope calls(List<Long> callIds) {
        return new OutcomeScope(callIds, null, null);
    }
}
