package it.integra.internship.internal;

/** A text filter as an ILIKE pattern matching anywhere, with the wildcards the user typed escaped. */
final class Like {

    private Like() {
    }

    static String pattern(String text) {
        return text == null ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
