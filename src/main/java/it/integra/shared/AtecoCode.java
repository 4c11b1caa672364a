package it.integra.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ATECO code with its edition, at the level of a class ({@code 56.10}), a category
 * ({@code 56.10.1}) or a sub-category ({@code 56.10.11}), that exists in that edition. Its section is
 * the edition's: {@code 62.01} is in section J of ATECO 2007, {@code 62.10} in section K of ATECO 2025.
 */
public record AtecoCode(AtecoEdition edition, String code) {

    private static final Pattern FORM = Pattern.compile("\\d{2}\\.\\d{2}(\\.\\d{1,2})?");
    private static final Pattern ANY_DEPTH = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?");

    public AtecoCode {
        Objects.requireNonNull(edition, "edition");
        code = code == null ? "" : code.strip();
        if (!FORM.matcher(code).matches()) {
            throw new InvalidValueException("ateco.form", code);
        }
        if (Ateco.edition(edition).entry(code).isEmpty()) {
            throw new InvalidValueException("ateco.unknown", code, edition.toString());
        }
    }

    public static AtecoCode parse(AtecoEdition edition, String text) {
        return new AtecoCode(edition, text);
    }

    /** A code of the default edition, ATECO 2007 (the edition of the records written before editions). */
    public static AtecoCode parse(String text) {
        return new AtecoCode(AtecoEdition.DEFAULT, text);
    }

    /**
     * A code as version 1 of the interchange takes it, at any depth from division to sub-category
     * ({@code 56}, {@code 56.1}, {@code 56.10}, {@code 56.10.1}, {@code 56.10.11}), without its edition:
     * its form alone. Whether it exists depends on the edition, which another cell of the row may give
     * ({@link #existing}).
     */
    public static String form(String text) {
        String code = text == null ? "" : text.strip();
        if (!ANY_DEPTH.matcher(code).matches()) {
            throw new InvalidValueException("ateco.form", code);
        }
        return code;
    }

    /** A code of {@link #form} that exists in the edition, refused with the edition named otherwise. */
    public static String existing(AtecoEdition edition, String text) {
        String code = form(text);
        if (Ateco.edition(edition).entry(code).isEmpty()) {
            throw new InvalidValueException("ateco.unknown", code, edition.toString());
        }
        return code;
    }

    public String division() {
        return code.substring(0, 2);
    }

    public AtecoClassification.Entry entry() {
        return Ateco.edition(edition).entry(code).orElseThrow();
    }

    public Ateco.Section section() {
        return Ateco.sectionOf(edition, code).orElseThrow();
    }

    @Override
    public String toString() {
        return code;
    }
}
