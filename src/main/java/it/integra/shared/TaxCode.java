package it.integra.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Italian tax code (codice fiscale) in one of its two forms: the 16-character personal code,
 * with omocodia letters allowed ({@link PersonalCodeRules}), or the 11-digit numeric code of companies,
 * which is also the form of the provisional code that police headquarters give asylum seekers. Stored
 * upper-case. Parsing is strict (one canonical form, as imports need); what a person types goes
 * through {@link #clean} first, which removes the spaces and dashes people put in.
 */
public record TaxCode(String value) {

    /** Which of the two forms a code has. */
    public enum Form { PERSONAL, NUMERIC }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern VAT_PREFIXED = Pattern.compile("IT\\d{11}");

    public TaxCode {
        value = normalise(value);
        check(value);
    }

    /** Parses a code in its canonical form, in any case, with surrounding spaces. */
    public static TaxCode parse(String text) {
        return new TaxCode(text);
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** What is wrong with a code, with its message key and arguments; empty when valid. */
    public static Optional<InvalidValueException> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e);
        }
    }

    /**
     * Parses the tax code of a business (a host, an employer): as {@link #parse}, and when it is an
     * 11-digit VAT number its office code (digits 8-10) must be one the Agenzia delle Entrate assigns.
     */
    public static TaxCode parseOfBusiness(String text) {
        TaxCode code = parse(text);
        if (code.isNumeric()) {
            NumericCodeRules.checkOffice(code.value);
        }
        return code;
    }

    public static boolean isValidOfBusiness(String text) {
        return problemOfBusiness(text).isEmpty();
    }

    /** What is wrong with a business's tax code, with its message key and arguments; empty when valid. */
    public static Optional<InvalidValueException> problemOfBusiness(String text) {
        try {
            parseOfBusiness(text);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e);
        }
    }

    /** A typed code without the spaces and dashes inside it, upper-case; not checked. */
    public static String clean(String typed) {
        return typed == null ? null : SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** A typed business code as {@link #clean}, and without the {@code IT} prefix of a VAT number. */
    public static String cleanOfBusiness(String typed) {
        String cleaned = clean(typed);
        return cleaned != null && VAT_PREFIXED.matcher(cleaned).matches() ? cleaned.substring(2) : cleaned;
    }

    public Form form() {
        return value.length() == 16 ? Form.PERSONAL : Form.NUMERIC;
    }

    public boolean isPersonal() {
        return form() == Form.PERSONAL;
    }

    public boolean isNumeric() {
        return form() == Form.NUMERIC;
    }

    @Override
    public String toString() {
        return value;
    }

    /** The check character of the first 15 characters of a personal code. */
    public static char personalCheckCharacter(String first15) {
        return CheckCharacters.oddEven(first15.substring(0, 15));
    }

    /** The check digit of the first 10 digits of a numeric code. */
    public static char numericCheckDigit(String first10) {
        return NumericCodeRules.checkDigit(first10);
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("taxCode.empty");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (SEPARATORS.matcher(code).find()) {
            throw new InvalidValueException("taxCode.separators", clean(code));
        }
        if (VAT_PREFIXED.matcher(code).matches()) {
            throw new InvalidValueException("taxCode.vatPrefix", code.substring(2));
        }
        return code;
    }

    private static void check(String code) {
        if (code.length() == 11) {
            NumericCodeRules.check(code);
        } else if (code.length() == 16) {
            PersonalCodeRules.check(code);
        } else {
            throw new InvalidValueException("taxCode.length", code.length());
        }
    }
}
