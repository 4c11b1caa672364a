package it.integra.shared;

import java.math.BigInteger;
import java.util.Locale;

/**
 * An IBAN checked with the ISO 13616 check digits (mod 97). Italian IBANs must also have their
 * length of 27 characters. Spaces are ignored, letters upper-cased.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        value = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (value.length() < 15 || value.length() > 34 || !value.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            throw new InvalidValueException("iban.form");
        }
        if (value.startsWith("IT") && value.length() != 27) {
            throw new InvalidValueException("iban.italianLength", value.length());
        }
        if (!hasValidCheckDigits(value)) {
            throw new InvalidValueException("iban.checkDigits");
        }
    }

    public static Iban parse(String text) {
        return new Iban(text);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The two check digits that make {@code country + "00" + bban} a valid IBAN. */
    public static String checkDigits(String country, String bban) {
        int remainder = remainder(bban + country + "00");
        return String.format("%02d", 98 - remainder);
    }

    private static boolean hasValidCheckDigits(String iban) {
        return remainder(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    private static int remainder(String rearranged) {
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    @Override
    public String toString() {
        return value;
    }
}
