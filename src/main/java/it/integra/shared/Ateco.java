package it.integra.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ATECO 2007 classification of economic activities (the Italian NACE Rev. 2): its 21 sections
 * and the divisions in each, from {@code reference/ateco-sections.csv} and
 * {@code reference/ateco-divisions.csv}, which also seed the database.
 */
public final class Ateco {

    /** A section, {@code A} to {@code U}, with its official Italian name and the English one. */
    public record Section(String code, String nameIt, String nameEn) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
        }
    }

    private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, Section> DIVISIONS = new LinkedHashMap<>();

    static {
        read("/reference/ateco-sections.csv", f -> SECTIONS.put(f.get(0), new Section(f.get(0), f.get(1), f.get(2))));
        read("/reference/ateco-divisions.csv", f -> DIVISIONS.put(f.get(0), SECTIONS.get(f.get(1))));
    }

    private Ateco() {
    }

    public static List<Section> sections() {
        return List.copyOf(SECTIONS.values());
    }

    public static Optional<Section> section(String code) {
        return Optional.ofNullable(SECTIONS.get(code));
    }

    /** The section of an existing division ({@code 56} gives {@code I}). */
    public static Optional<Section> sectionOfDivision(String division) {
        return Optional.ofNullable(DIVISIONS.get(division));
    }

    public static List<String> divisions() {
        return List.copyOf(DIVISIONS.keySet());
    }

    private static void read(String resource, Consumer<List<String>> row) {
        try (InputStream in = Ateco.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> row.accept(fields(line)));
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
