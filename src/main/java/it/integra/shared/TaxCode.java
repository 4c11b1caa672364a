package it.integra.shared;

import java.util.Locale;

/**
 * An Italian tax code (codice fiscale) in one of its two forms: the 16-character personal code,
 * with omocodia letters allowed, or the 11-digit numeric code of companies, which is also the form
 * of the provisional code that police headquarters give asylum seekers. Stored upper-case.
 */
public record TaxCode(String value) {

    /** Which of the two forms a code has. */
    public enum Form { PERSONAL, NUMERIC }

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    /** Positions (0-based) of the personal code that hold digits, or their omocodia letters. */
    private static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final int[] ODD_VALUES = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    public TaxCode {
        value = normalise(value);
        check(value);
    }

    /** Parses a code typed in any case, with surrounding spaces. */
    public static TaxCode parse(String text) {
        return new TaxCode(text);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
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
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** The check digit of the first 10 digits of a numeric code. */
    public static char numericCheckDigit(String first10) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("taxCode.empty");
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }

    private static void check(String code) {
        if (code.length() == 11) {
            checkNumeric(code);
        } else if (code.length() == 16) {
            checkPersonal(code);
        } else {
            throw new InvalidValueException("taxCode.length", code.length());
        }
    }

    private static void checkNumeric(String code) {
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("taxCode.numeric.form");
        }
        if (code.equals("00000000000")) {
            throw new InvalidValueException("taxCode.numeric.zero");
        }
        char expected = numericCheckDigit(code);
        if (code.charAt(10) != expected) {
            throw new InvalidValueException("taxCode.checkDigit", String.valueOf(expected));
        }
    }

    private static void checkPersonal(String code) {
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                throw new InvalidValueException("taxCode.personal.character", String.valueOf(c), i + 1);
            }
        }
        if (!letters(code, 0, 6)) {
            throw new InvalidValueException("taxCode.personal.names");
        }
        String decoded = decodeOmocodia(code);
        if (MONTHS.indexOf(code.charAt(8)) < 0) {
            throw new InvalidValueException("taxCode.personal.month", String.valueOf(code.charAt(8)));
        }
        int day = Integer.parseInt(decoded.substring(9, 11));
        if (!(day >= 1 && day <= 31 || day >= 41 && day <= 71)) {
            throw new InvalidValueException("taxCode.personal.day", decoded.substring(9, 11));
        }
        if (!Character.isLetter(code.charAt(11))) {
            throw new InvalidValueException("taxCode.personal.birthplace");
        }
        if (!Character.isLetter(code.charAt(15))) {
            throw new InvalidValueException("taxCode.personal.checkForm");
        }
        char expected = personalCheckCharacter(code);
        if (code.charAt(15) != expected) {
            throw new InvalidValueException("taxCode.checkCharacter", String.valueOf(expected));
        }
    }

    /** Replaces omocodia letters by their digits; fails when a numeric position holds another letter. */
    private static String decodeOmocodia(String code) {
        char[] chars = code.toCharArray();
        for (int position : NUMERIC_POSITIONS) {
            char c = chars[position];
            if (Character.isDigit(c)) {
                continue;
            }
            int digit = OMOCODIA.indexOf(c);
            if (digit < 0) {
                throw new InvalidValueException(position < 9 ? "taxCode.personal.year"
                        : position < 12 ? "taxCode.personal.day" : "taxCode.personal.birthplace",
                        code.substring(position < 9 ? 6 : position < 12 ? 9 : 11, position < 9 ? 8 : position < 12 ? 11 : 15));
            }
            chars[position] = (char) ('0' + digit);
        }
        return new String(chars);
    }

    private static boolean letters(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
