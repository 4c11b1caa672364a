package it.integra.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds visible text written literally in a template instead of coming from the bundles: text
 * between tags, and the attributes a person reads or hears. Uses Thymeleaf's own parser, so
 * comments (Thymeleaf's {@code <!--/* ... *}{@code /-->} included) are skipped and line numbers are right.
 */
final class TemplateText {

    private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");
    private static final Set<String> RAW_ELEMENTS = Set.of("script", "style");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    // inlined expressions and character references are not literal text
    private static final Pattern NOT_TEXT = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?[A-Za-z0-9]+;", Pattern.DOTALL);
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");

    private TemplateText() {
    }

    /** Every literal piece of text, as {@code name:line: ...}. */
    static List<String> literals(String name, String html) {
        Finder finder = new Finder(name);
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, finder);
        } catch (ParseException e) {
            return List.of(name + ": cannot be parsed: " + e.getMessage());
        }
        return finder.found;
    }

    /** The message keys written out in full in {@code #{...}} expressions, as key and line. */
    static List<KeyUse> staticKeys(String html) {
        List<KeyUse> keys = new ArrayList<>();
        Matcher matcher = STATIC_KEY.matcher(html);
        while (matcher.find()) {
            keys.add(new KeyUse(matcher.group(1), lineOf(html, matcher.start())));
        }
        return keys;
    }

    record KeyUse(String key, int line) {
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean hasLetters(String text) {
        return LETTER.matcher(NOT_TEXT.matcher(text).replaceAll("")).find();
    }

    private static final class Finder extends AbstractMarkupHandler {

        private final String name;
        private final List<String> found = new ArrayList<>();
        private String rawElement;

        Finder(String name) {
            this.name = name;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            String element = new String(buffer, offset, length).toLowerCase(Locale.ROOT);
            if (RAW_ELEMENTS.contains(element)) {
                rawElement = element;
            }
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            closed(new String(buffer, offset, length));
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            closed(new String(buffer, offset, length));
        }

        private void closed(String element) {
            if (element.equalsIgnoreCase(rawElement)) {
                rawElement = null;
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int col) {
            String text = new String(buffer, offset, length);
            if (rawElement == null && hasLetters(text)) {
                found.add(name + ":" + (line + leadingNewlines(text)) + ": text \"" + text.strip() + "\"");
            }
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol,
                                    int operatorOffset, int operatorLength, int operatorLine, int operatorCol,
                                    int valueContentOffset, int valueContentLength, int valueOuterOffset,
                                    int valueOuterLength, int valueLine, int valueCol) {
            String attribute = new String(buffer, nameOffset, nameLength).toLowerCase(Locale.ROOT);
            String value = new String(buffer, valueContentOffset, valueContentLength);
            if (READ_ATTRIBUTES.contains(attribute) && hasLetters(value)) {
                found.add(name + ":" + nameLine + ": attribute " + attribute + "=\"" + value + "\"");
            }
        }

        private static int leadingNewlines(String text) {
            int lines = 0;
            for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines;
        }
    }
}
