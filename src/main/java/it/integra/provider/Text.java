package it.integra.provider;

import java.util.Locale;

/** Normalises what people type into the registry's forms. */
final class Text {

    private Text() {
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String upper(String value) {
        String text = orNull(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
