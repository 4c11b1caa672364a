package it.integra.platform;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values that identified a person whose record was erased (names, tax codes, contacts, IBAN), to
 * find them where other records kept a copy. A text names the person when it holds one of the values
 * as a whole word, whatever the case: "Rossi" is found in "ROSSI MARIO" and in "fattura-rossi.pdf",
 * not in "Rossini". Values shorter than two characters identify nobody and are left out.
 */
public final class Identifiers {

    private final Set<String> values;
    private final Pattern pattern;

    private Identifiers(Set<String> values) {
        this.values = values;
        this.pattern = values.isEmpty() ? null : Pattern.compile(values.stream().map(Pattern::quote)
                        .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Identifiers of(Collection<String> values) {
        return new Identifiers(values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(value -> value.length() >= 2)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
    }

    public static Identifiers of(String... values) {
        return of(java.util.Arrays.asList(values));
    }

    /** These and the other's values. */
    public Identifiers and(Collection<String> more) {
        List<String> all = new java.util.ArrayList<>(values);
        all.addAll(more);
        return of(all);
    }

    public Set<String> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether the text holds one of the values as a whole word, in any case. */
    public boolean foundIn(String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    /**
     * ILIKE patterns that every text naming the person matches (and a few more, which {@link #foundIn}
     * then tells apart), to narrow a search in SQL before it is checked here.
     */
    public List<String> likePatterns() {
        return values.stream().map(value -> "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }

    @Override
    public String toString() {
        return "Identifiers(" + values.size() + " values)";
    }
}
