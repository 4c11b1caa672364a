package it.integra.shared;

import java.util.regex.Pattern;

/**
 * An ATECO 2007 code at any depth: division {@code 56}, group {@code 56.1}, class {@code 56.10},
 * category {@code 56.10.1} or subcategory {@code 56.10.11}, whose division exists.
 */
public record AtecoCode(String code) {

    private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?");

    public AtecoCode {
        code = code == null ? "" : code.strip();
        if (!FORM.matcher(code).matches() || code.matches("\\d{2}\\.\\d\\.\\d{1,2}")) {
            throw new InvalidValueException("ateco.form", code);
        }
        if (Ateco.sectionOfDivision(code.substring(0, 2)).isEmpty()) {
            throw new InvalidValueException("ateco.division", code.substring(0, 2));
        }
    }

    public static AtecoCode parse(String text) {
        return new AtecoCode(text);
    }

    public String division() {
        return code.substring(0, 2);
    }

    public Ateco.Section section() {
        return Ateco.sectionOfDivision(division()).orElseThrow();
    }

    @Override
    public String toString() {
        return code;
    }
}
