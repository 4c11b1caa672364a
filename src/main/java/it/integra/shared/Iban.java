package it.integra.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IBAN (ISO 13616) of a country of the SWIFT IBAN registry, with that country's length and BBAN
 * structure and valid mod-97 check digits. An Italian IBAN's BBAN is the CIN letter, the 5-digit ABI,
 * the 5-digit CAB and the 12-character account, and its CIN must be the check character of
 * ABI + CAB + account: a wrong CIN is refused even when the check digits pass. Typed IBANs may hold
 * spaces, dashes and dots; the value is compact and upper-case, {@link #grouped()} for reading.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]+");

    public Iban {
        value = value == null ? "" : SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
        if (value.length() < 5 || value.length() > 34 || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("iban.form");
        }
        String code = value.substring(0, 2);
        IbanRegistry.Country country = IbanRegistry.country(code)
                .orElseThrow(() -> new InvalidValueException("iban.country", code));
        if (value.length() != country.length()) {
            throw new InvalidValueException("iban.length", code, country.length(), value.length());
        }
        if (!country.bban().matcher(value.substring(4)).matches()) {
            throw new InvalidValueException(code.equals("IT") ? "iban.italianStructure" : "iban.structure", code,
                    country.bbanStructure());
        }
        if (!hasValidCheckDigits(value)) {
            throw new InvalidValueException("iban.checkDigits");
        }
        if (code.equals("IT")) {
            char cin = italianCin(value.substring(5));
            if (value.charAt(4) != cin) {
                throw new InvalidValueException("iban.cin", String.valueOf(value.charAt(4)), String.valueOf(cin));
            }
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

    /** The Italian CIN of ABI (5 digits) + CAB (5 digits) + account (12 characters). */
    public static char italianCin(CharSequence abiCabAccount) {
        return CheckCharacters.oddEven(abiCabAccount);
    }

    /** The IBAN in groups of four characters, as it is printed for people to read. */
    public String grouped() {
        return grouped(value);
    }

    /**
     * A stored compact IBAN in groups of four; anything else (null, the mark of an erased value) stays
     * as it is.
     */
    public static String grouped(String compact) {
        return compact == null || !FORM.matcher(compact).matches() ? compact : compact.replaceAll("(.{4})(?!$)", "$1 ");
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
