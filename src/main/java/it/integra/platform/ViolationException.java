package it.integra.platform;

import java.util.List;
import org.springframework.validation.Errors;

/** A request refused because it breaks one or more rules; carries every violation found, not just the first. */
public class ViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public ViolationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * Puts the violations on a form's errors, each on its field or, without one, on the whole form;
     * the message key is the code, so the page shows the bundle's text in the user's language.
     */
    public void addTo(Errors errors) {
        for (Violation violation : violations) {
            Object[] arguments = violation.arguments().toArray();
            if (violation.field().isEmpty()) {
                errors.reject(violation.code(), arguments, violation.code());
            } else {
                errors.rejectValue(violation.field(), violation.code(), arguments, violation.code());
            }
        }
    }

    /** Throws when there is anything to refuse. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ViolationException(violations);
        }
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.code()).toList().toString();
    }
}
