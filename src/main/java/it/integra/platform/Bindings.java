package it.integra.platform;

import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Adds the domain's violations to a form that already has binding errors (a number that is not a
 * number), for the fields that have none yet: the person sees every problem at once.
 */
public final class Bindings {

    private Bindings() {
    }

    public static void addOthers(List<Violation> violations, BindingResult binding) {
        List<Violation> others = violations.stream()
                .filter(v -> v.field().isEmpty() || !binding.hasFieldErrors(v.field()))
                .toList();
        if (!others.isEmpty()) {
            new ViolationException(others).addTo(binding);
        }
    }
}
