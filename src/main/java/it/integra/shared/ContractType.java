package it.integra.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contract type of the mandatory hiring communications (CO), such as {@code A.01.00}. Every type
 * counts as employment except the {@code C.} family: internships, socially useful work and work
 * grants.
 */
public record ContractType(String code) {

    /** The mix of contracts the outcome reports distinguish. */
    public enum Kind { OPEN_ENDED, FIXED_TERM, APPRENTICESHIP, OTHER }

    private static final Pattern FORM = Pattern.compile("[A-Z]\\.\\d{2}\\.\\d{2}");

    public ContractType {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(code).matches()) {
            throw new InvalidValueException("contractType.form", code);
        }
    }

    public static ContractType parse(String text) {
        return new ContractType(text);
    }

    public char family() {
        return code.charAt(0);
    }

    public boolean countsAsEmployment() {
        return family() != 'C';
    }

    public Kind kind() {
        if (code.startsWith("A.01.")) {
            return Kind.OPEN_ENDED;
        }
        if (code.startsWith("A.02.")) {
            return Kind.FIXED_TERM;
        }
        if (code.startsWith("A.03.")) {
            return Kind.APPRENTICESHIP;
        }
        return Kind.OTHER;
    }

    @Override
    public String toString() {
        return code;
    }
}
