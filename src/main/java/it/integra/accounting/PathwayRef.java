package it.integra.accounting;

import java.util.Objects;
import java.util.Optional;

/**
 * The pathway that service hours belong to: before the clearance request, the person's intake (the
 * provider has them in charge); from the request on, the clearance. Written in forms as
 * {@code intake-12} or {@code clearance-34}.
 */
public record PathwayRef(Kind kind, long id) {

    public enum Kind {
        INTAKE, CLEARANCE
    }

    public PathwayRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static PathwayRef intake(long id) {
        return new PathwayRef(Kind.INTAKE, id);
    }

    public static PathwayRef clearance(long id) {
        return new PathwayRef(Kind.CLEARANCE, id);
    }

    /** Reads the form value; empty when it is not one. */
    public static Optional<PathwayRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("-", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "intake" -> Optional.of(intake(Long.parseLong(parts[1])));
            case "clearance" -> Optional.of(clearance(Long.parseLong(parts[1])));
            default -> Optional.empty();
        };
    }

    public boolean isClearance() {
        return kind == Kind.CLEARANCE;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }
}
