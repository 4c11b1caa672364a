package it.integra.shared;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Countries by ISO 3166-1 alpha-2 code, with names in Italian and English from the JDK's data. */
public final class Countries {

    private static final Set<String> CODES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    public static String name(String code, Locale language) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
    }

    public static List<String> codes() {
        return List.copyOf(CODES);
    }

    /** Codes sorted by their name in the given language, for select lists. */
    public static List<String> byName(Locale language) {
        return CODES.stream().sorted(Comparator.comparing(code -> name(code, language))).toList();
    }
}
