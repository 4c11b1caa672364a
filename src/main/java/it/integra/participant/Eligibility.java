package it.integra.participant;

import java.util.List;

/**
 * Whether a person may start a pathway in a call, with every reason that speaks against it (empty
 * when eligible). Each reason is a message key with its arguments.
 */
public record Eligibility(List<Reason> reasons) {

    public record Reason(String code, List<Object> arguments) {
        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
