package it.integra.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common and leaked passwords shipped in {@code passwords/common-passwords.txt} (from
 * zxcvbn, MIT; see the README beside it), read once, on the first check, into a set.
 */
final class CommonPasswords {

    static final String RESOURCE = "/passwords/common-passwords.txt";

    private final Set<String> entries;

    private CommonPasswords(Set<String> entries) {
        this.entries = entries;
    }

    /** The shipped list, loaded on first use and kept for the life of the application. */
    static CommonPasswords shipped() {
        return Shipped.LIST;
    }

    int size() {
        return entries.size();
    }

    /**
     * Whether the password, ignoring case, is a listed one, a listed one repeated, or either of those
     * followed only by digits or symbols: the first variations a guessing attacker tries.
     */
    boolean isCommon(String password) {
        String typed = password.toLowerCase(Locale.ROOT);
        return listedOrRepeated(typed) || listedOrRepeated(withoutTrailingNonLetters(typed));
    }

    private boolean listedOrRepeated(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        if (entries.contains(candidate)) {
            return true;
        }
        int length = candidate.length();
        for (int period = 1; period <= length / 2; period++) {
            if (length % period == 0 && isRepetition(candidate, period) && entries.contains(candidate.substring(0, period))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRepetition(String text, int period) {
        for (int i = period; i < text.length(); i++) {
            if (text.charAt(i) != text.charAt(i - period)) {
                return false;
            }
        }
        return true;
    }

    private static String withoutTrailingNonLetters(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(0, end);
    }

    private static final class Shipped {
        static final CommonPasswords LIST = load();

        private static CommonPasswords load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords " + RESOURCE + " is missing from the application");
                }
                Set<String> entries = new HashSet<>(64_000);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        entries.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return new CommonPasswords(Set.copyOf(entries));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
