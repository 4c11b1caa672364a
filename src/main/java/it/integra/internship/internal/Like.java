package it.integra.internship.internal;

/** A text filter as an ILIKE pattern matching anywhere, with the wildcards the user typed escaped. */
public final class Like {

    private Like() {
    }

    public static String pattern(String text) {
        return text == null ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
