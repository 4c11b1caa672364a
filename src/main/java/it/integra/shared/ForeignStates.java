package it.integra.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The foreign states and territories by the code that stands for a birthplace abroad in a personal tax
 * code (codice catastale {@code Z...}), from {@code reference/foreign-states.csv}: ISTAT's list of
 * foreign territorial units, with the ceased states (Soviet Union, Yugoslavia, ...) whose codes people
 * born there still carry.
 */
public final class ForeignStates {

    /** A state or territory: its Z code, Italian and English names and whether it has ceased to exist. */
    public record ForeignState(String code, String nameIt, String nameEn, boolean ceased) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
        }
    }

    private static final Map<String, ForeignState> STATES = new TreeMap<>();

    static {
        for (String[] f : ReferenceCsv.rows("/reference/foreign-states.csv")) {
            STATES.put(f[0], new ForeignState(f[0], f[2], f[3], Boolean.parseBoolean(f[5])));
        }
    }

    private ForeignStates() {
    }

    public static Optional<ForeignState> of(String code) {
        return Optional.ofNullable(code == null ? null : STATES.get(code.toUpperCase(Locale.ROOT)));
    }

    public static boolean isKnown(String code) {
        return of(code).isPresent();
    }

    public static Collection<ForeignState> all() {
        return Collections.unmodifiableCollection(STATES.values());
    }
}
