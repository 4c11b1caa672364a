package it.integra.shared;

/**
 * What a person typed in a search or filter box, as the queries take it: trimmed, null when blank, and
 * cut to {@value #MAX_LENGTH} characters, so that a pasted page of text does not become a pattern the
 * database has to match against every row.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 200;

    private SearchText() {
    }

    /** The text trimmed and cut to {@value #MAX_LENGTH} characters (never inside a surrogate pair), or null if blank. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end).strip();
    }
}
