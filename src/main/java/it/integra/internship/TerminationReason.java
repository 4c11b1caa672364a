package it.integra.internship;

import java.util.Optional;

/**
 * Why an internship ended early (cessato), as the national guidelines list them. Stored in the
 * internship's free-text {@code termination_reason} as {@code CODE} or {@code CODE: note}, so that
 * imported free text keeps its place and is shown as it is.
 */
public enum TerminationReason {
    EARLY_BY_TRAINEE, EARLY_BY_HOST, HIRED, OTHER;

    private static final String SEPARATOR = ": ";

    /** The text stored for this reason and its note (the note may be null). */
    public String toText(String note) {
        return note == null || note.isBlank() ? name() : name() + SEPARATOR + note.strip();
    }

    /** The coded reason of a stored text, empty for free text that was imported. */
    public static Optional<TerminationReason> codeOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (TerminationReason reason : values()) {
            if (text.equals(reason.name()) || text.startsWith(reason.name() + SEPARATOR)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** The note of a stored text: what follows the code, or the whole text when it has none. */
    public static String noteOf(String text) {
        if (text == null) {
            return null;
        }
        Optional<TerminationReason> code = codeOf(text);
        if (code.isEmpty()) {
            return text;
        }
        int noteStart = code.get().name().length() + SEPARATOR.length();
        return text.length() > noteStart ? text.substring(noteStart) : null;
    }
}
