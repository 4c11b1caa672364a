package it.integra.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One broken rule: the field it concerns (empty for the whole request), the message key that
 * explains it in the bundles, and the arguments of that message. Pages carry violations across a
 * redirect in the session (a flash attribute), which the database keeps, hence serializable.
 */
public record Violation(String field, String code, List<Object> arguments) implements Serializable {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, List.of(arguments));
    }
}
