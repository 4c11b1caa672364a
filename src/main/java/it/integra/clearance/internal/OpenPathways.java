package it.integra.clearance.internal;

import it.integra.participant.PathwayLookup;
import org.springframework.stereotype.Component;

/** Answers the participant module's question: does the person have an open pathway in the call? */
@Component
class OpenPathways implements PathwayLookup {

    private final ClearanceStore clearances;

    OpenPathways(ClearanceStore clearances) {
        this.clearances = clearances;
    }

    @Override
    public boolean hasOpenPathway(long participantId, long callId) {
        return clearances.hasOpenPathway(participantId, callId);
    }
}
