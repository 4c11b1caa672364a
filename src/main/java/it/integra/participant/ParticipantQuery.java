package it.integra.participant;

import it.integra.shared.SearchText;
import it.integra.shared.TargetGroup;

/**
 * Filters of the participants' list; null means "any".
 *
 * @param text part of the name, or a tax code (current or earlier) or its beginning
 * @param callCode people with a clearance in this call
 * @param providerCode people this provider has in charge or holds a clearance for
 * @param alertsOnly only people whose residence permit is expired or expiring
 */
public record ParticipantQuery(String text, String callCode, String providerCode, TargetGroup targetGroup,
                               ParticipantStatus status, boolean alertsOnly) {

    public ParticipantQuery {
        text = SearchText.of(text);
        callCode = SearchText.of(callCode);
        providerCode = SearchText.of(providerCode);
    }

    /** The filters given, as the access log keeps them: {@code q=rossi call=PUOI-1}, or nothing. */
    public String describe() {
        return ParticipantAccessLog.filter("q", text, "call", callCode, "provider", providerCode, "group", targetGroup,
                "status", status, "alerts", alertsOnly ? "true" : null);
    }

    public static ParticipantQuery everyone() {
        return new ParticipantQuery(null, null, null, null, null, false);
    }
}
