package it.integra.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Italy's 20 regions and 107 provinces (as of 2022), from {@code reference/provinces.csv}.
 * The same data seeds the database table {@code reference.province}.
 */
public final class Territory {

    /** A province by its two-letter abbreviation (sigla). */
    public record Province(String code, String name, String istatCode, String regionCode) {
    }

    /** A region by its two-digit ISTAT code. */
    public record Region(String code, String name) {
    }

    private static final Map<String, Province> PROVINCES = new LinkedHashMap<>();
    private static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    static {
        try (InputStream in = Territory.class.getResourceAsStream("/reference/provinces.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] f = line.split(",", -1);
                PROVINCES.put(f[0], new Province(f[0], f[1], f[2], f[3]));
                REGIONS.putIfAbsent(f[3], new Region(f[3], f[4]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Territory() {
    }

    public static Optional<Province> province(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(PROVINCES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public static boolean isProvince(String code) {
        return province(code).isPresent();
    }

    public static List<Province> provinces() {
        return PROVINCES.values().stream().sorted(Comparator.comparing(Province::name)).toList();
    }

    public static Optional<Region> region(String code) {
        return Optional.ofNullable(REGIONS.get(code));
    }

    public static List<Region> regions() {
        return REGIONS.values().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    public static List<Province> provincesOf(String regionCode) {
        return provinces().stream().filter(p -> p.regionCode().equals(regionCode)).toList();
    }
}
