package it.integra.platform;

/** Normalises what people type into forms. */
final class Text {

    private Text() {
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    static String orNull(String value) {
        String trimmed = trimmed(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
