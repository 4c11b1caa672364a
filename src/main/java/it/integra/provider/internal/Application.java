package it.integra.provider.internal;

import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.provider.ApplicationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An application as the decision rules see it: which provider applied to which call, and where it stands. */
public record Application(long id, long callId, long providerId, ApplicationStatus status, String reason, int version) {

    public static final int MAX_REASON = 2000;

    public Application {
        Objects.requireNonNull(status, "status");
    }

    /**
     * The application once decided. Refuses a step the status table does not allow (an application is
     * decided once, as ELIGIBLE or INELIGIBLE) and an INELIGIBLE decision without its reason.
     */
    public Application decide(ApplicationStatus outcome, String decisionReason) {
        String text = decisionReason == null || decisionReason.isBlank() ? null : decisionReason.strip();
        List<Violation> violations = new ArrayList<>();
        if (status.isDecided()) {
            violations.add(Violation.of("", "providers.decision.error.alreadyDecided"));
        } else if (!status.canBecome(outcome)) {
            violations.add(Violation.of("outcome", "providers.decision.error.outcome"));
        }
        if (outcome == ApplicationStatus.INELIGIBLE && text == null) {
            violations.add(Violation.of("reason", "providers.decision.error.reasonRequired"));
        }
        if (text != null && text.length() > MAX_REASON) {
            violations.add(Violation.of("reason", "providers.error.tooLong", MAX_REASON));
        }
        ViolationException.throwIfAny(violations);
        return new Application(id, callId, providerId, outcome, text, version);
    }
}
