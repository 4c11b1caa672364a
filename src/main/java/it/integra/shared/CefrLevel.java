package it.integra.shared;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Language levels of the Common European Framework of Reference, from A1 to C2. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    public boolean atLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }

    /** Reads a {@code ;}-separated list such as {@code A1;A2}; an empty text is an empty set. */
    public static Set<CefrLevel> parseList(String text) {
        Set<CefrLevel> levels = EnumSet.noneOf(CefrLevel.class);
        if (text == null || text.isBlank()) {
            return levels;
        }
        for (String part : text.split(";", -1)) {
            String level = part.strip().toUpperCase(Locale.ROOT);
            try {
                levels.add(valueOf(level));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("cefr.unknown", part.strip());
            }
        }
        return levels;
    }

    /** Writes levels in order, {@code ;}-separated, as the interchange contract does. */
    public static String format(Set<CefrLevel> levels) {
        return String.join(";", levels.stream().sorted().map(Enum::name).toList());
    }
}
