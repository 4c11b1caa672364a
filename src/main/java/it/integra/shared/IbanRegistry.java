package it.integra.shared;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries of the SWIFT IBAN registry with the length of their IBAN and the structure of their
 * BBAN (the account part after the country and the check digits), from {@code reference/iban-registry.csv}.
 * A structure such as {@code 1!a5!n5!n12!c} reads: 1 letter, 5 digits, 5 digits, 12 letters or digits
 * ({@code !} marks a fixed length).
 */
public final class IbanRegistry {

    /** A country's IBAN: its length and the BBAN structure in the registry's notation. */
    public record Country(String code, int length, String bbanStructure, Pattern bban) {
    }

    private static final Pattern PART = Pattern.compile("(\\d+)(!?)([nac])");
    private static final Map<String, Country> COUNTRIES = new TreeMap<>();

    static {
        for (String[] f : ReferenceCsv.rows("/reference/iban-registry.csv")) {
            COUNTRIES.put(f[0], new Country(f[0], Integer.parseInt(f[1]), f[2], Pattern.compile(regex(f[2]))));
        }
    }

    private IbanRegistry() {
    }

    public static Optional<Country> country(String code) {
        return Optional.ofNullable(COUNTRIES.get(code));
    }

    public static Map<String, Country> countries() {
        return java.util.Collections.unmodifiableMap(COUNTRIES);
    }

    /** The regular expression of a BBAN structure: n digits, a upper-case letters, c either. */
    static String regex(String structure) {
        StringBuilder regex = new StringBuilder();
        Matcher part = PART.matcher(structure);
        int end = 0;
        while (part.find()) {
            if (part.start() != end) {
                throw new IllegalArgumentException("BBAN structure " + structure);
            }
            String characters = switch (part.group(3)) {
                case "n" -> "[0-9]";
                case "a" -> "[A-Z]";
                default -> "[A-Z0-9]";
            };
            regex.append(characters).append(part.group(2).isEmpty() ? "{1," + part.group(1) + "}" : "{" + part.group(1) + "}");
            end = part.end();
        }
        if (end != structure.length()) {
            throw new IllegalArgumentException("BBAN structure " + structure);
        }
        return regex.toString();
    }
}
