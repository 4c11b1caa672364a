package it.integra.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ATECO classifications of economic activities by edition ({@link #edition}), every level from
 * ISTAT's lists ("Fonte: Istat", {@code reference/ateco/}). The database holds the same codes with
 * their sections (reference.ateco_code); a test keeps the two in step.
 */
public final class Ateco {

    /** A section of an edition ({@code A} to {@code U} in 2007, to {@code V} in 2025), named in Italian and English. */
    public record Section(String code, String nameIt, String nameEn, AtecoEdition edition) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
        }

        /** The section with its edition, as filters and figures name it: {@code 2025-K}. */
        public String key() {
            return edition.year() + "-" + code;
        }
    }

    private static final Map<AtecoEdition, AtecoClassification> EDITIONS = new EnumMap<>(AtecoEdition.class);

    static {
        // ISTAT's 2007 file names its sections in capitals and in Italian only: their names in both
        // languages come from reference/ateco-sections.csv, which also seeds reference.ateco_section
        Map<String, Section> sections2007 = new LinkedHashMap<>();
        read("/reference/ateco-sections.csv",
                f -> sections2007.put(f.get(0), new Section(f.get(0), f.get(1), f.get(2), AtecoEdition.ATECO_2007)));
        EDITIONS.put(AtecoEdition.ATECO_2007, AtecoClassification.load(AtecoEdition.ATECO_2007, sections2007));
        EDITIONS.put(AtecoEdition.ATECO_2025, AtecoClassification.load(AtecoEdition.ATECO_2025, Map.of()));
    }

    private Ateco() {
    }

    /** The full classification of an edition. */
    public static AtecoClassification edition(AtecoEdition edition) {
        return EDITIONS.get(edition);
    }

    /**
     * A section by its key ({@link Section#key()}, such as {@code 2025-K}); a letter alone names a
     * section of ATECO 2007, as filters and links did before editions.
     */
    public static Optional<Section> sectionByKey(String key) {
        if (key == null || !key.strip().matches("((2007|2025)-)?[A-Za-z]")) {
            return Optional.empty();
        }
        String[] parts = key.strip().toUpperCase(Locale.ROOT).split("-");
        AtecoEdition edition = parts.length == 1 ? AtecoEdition.DEFAULT : AtecoEdition.of(Integer.parseInt(parts[0]));
        return edition(edition).section(parts[parts.length - 1]);
    }

    /** The section of a code of an edition, from that edition's hierarchy; empty for an unknown code. */
    public static Optional<Section> sectionOf(AtecoEdition edition, String code) {
        AtecoClassification classification = edition(edition);
        return classification.entry(code).flatMap(e -> classification.section(e.section()));
    }

    /** Reads a CSV resource row by row after its header, which it answers. */
    static List<String> read(String resource, Consumer<List<String>> row) {
        try (InputStream in = Ateco.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = fields(reader.readLine());
            reader.lines().filter(line -> !line.isBlank()).forEach(line -> row.accept(fields(line)));
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a CSV line with optional double quotes (the names hold commas). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
