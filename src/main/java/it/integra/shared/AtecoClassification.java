package it.integra.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One edition of the ATECO classification, every level, from ISTAT's list ("Fonte: Istat", CC BY 4.0;
 * {@code reference/ateco/README.md}). A code's section is read from the edition's own hierarchy,
 * never from its division alone.
 */
public final class AtecoClassification {

    /** The levels at which a code may describe a host's activity: class, category, sub-category. */
    public static final Set<String> DETAILED = Set.of("class", "category", "subcategory");

    /** A code of the edition with its level, its section and its titles (English where ISTAT gives one). */
    public record Entry(AtecoEdition edition, String code, String level, String section, String titleIt,
                        String titleEn) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleIt;
        }

        public boolean detailed() {
            return DETAILED.contains(level);
        }
    }

    private final AtecoEdition edition;
    private final Map<String, Entry> entries;
    private final Map<String, Ateco.Section> sections;

    private AtecoClassification(AtecoEdition edition, Map<String, Entry> entries, Map<String, Ateco.Section> sections) {
        this.edition = edition;
        this.entries = entries;
        this.sections = sections;
    }

    /** Reads an edition's file; the 2007 file has no English titles, its sections' names come from {@code names}. */
    static AtecoClassification load(AtecoEdition edition, Map<String, Ateco.Section> names) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> header = Ateco.read(edition.resource(), row -> rows.put(row.get(0), row));
        int level = header.indexOf("level");
        int parent = header.indexOf("parent");
        int titleIt = header.indexOf("title_it");
        int titleEn = header.indexOf("title_en");
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Ateco.Section> sections = new LinkedHashMap<>();
        for (List<String> row : rows.values()) {
            String section = row.get(0);
            while (!"section".equals(rows.get(section).get(level))) {
                section = rows.get(section).get(parent);
            }
            String english = titleEn < 0 ? null : row.get(titleEn);
            entries.put(row.get(0), new Entry(edition, row.get(0), row.get(level), section, row.get(titleIt), english));
            if ("section".equals(row.get(level))) {
                Ateco.Section named = names.get(section);
                sections.put(section, named != null ? named
                        : new Ateco.Section(section, sentence(row.get(titleIt)), sentence(english), edition));
            }
        }
        return new AtecoClassification(edition, entries, sections);
    }

    public AtecoEdition edition() {
        return edition;
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code));
    }

    /** Every code of the edition, in ISTAT's order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public List<Ateco.Section> sections() {
        return List.copyOf(sections.values());
    }

    public Optional<Ateco.Section> section(String code) {
        return Optional.ofNullable(code == null ? null : sections.get(code));
    }

    /**
     * Codes at class level or deeper that match what a user is typing: a code or its beginning (with or
     * without dots), or else words that all occur in the title in the reader's language, ignoring case
     * and accents. At most {@code limit}, in ISTAT's order.
     */
    public List<Entry> suggest(String typed, Locale locale, int limit) {
        String query = fold(typed == null ? "" : typed);
        if (query.isBlank()) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        if (Character.isDigit(query.charAt(0))) {
            String digits = query.replaceAll("[^0-9]", "");
            for (Entry entry : entries.values()) {
                if (entry.detailed() && entry.code().replace(".", "").startsWith(digits) && found.size() < limit) {
                    found.add(entry);
                }
            }
            return found;
        }
        List<String> words = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        for (Entry entry : entries.values()) {
            if (found.size() == limit) {
                break;
            }
            String title = fold(entry.title(locale));
            if (entry.detailed() && !words.isEmpty() && words.stream().allMatch(title::contains)) {
                found.add(entry);
            }
        }
        return found;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** ISTAT writes sections' titles in capitals: {@code AGRICOLTURA, ...} becomes {@code Agricoltura, ...}. */
    private static String sentence(String title) {
        if (title == null || title.isEmpty()) {
            return title;
        }
        String lower = title.toLowerCase(Locale.ITALIAN);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
