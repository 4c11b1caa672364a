package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the bundles, in Italian and in English: no literal text in the
 * templates, the same keys in both languages of every module, and every key a template names exists.
 */
class MessageBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(TemplateText.literals(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }

        assertThat(literals).as("literal text in templates: use th:text=\"#{...}\" and th:placeholder etc.").isEmpty();
    }

    @Test
    void everyModuleHasTheSameKeysInItalianAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path italian : bundles("_it")) {
            Path english = italian.resolveSibling(italian.getFileName().toString().replace("_it.", "_en."));
            Set<String> it = load(italian).stringPropertyNames();
            Set<String> en = Files.exists(english) ? load(english).stringPropertyNames() : Set.of();
            missing.addAll(difference(it, en, english));
            missing.addAll(difference(en, it, italian));
        }
        for (Path english : bundles("_en")) {
            if (!Files.exists(english.resolveSibling(english.getFileName().toString().replace("_en.", "_it.")))) {
                missing.add(english + ": has no Italian bundle");
            }
        }

        assertThat(missing).as("keys missing from a bundle").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Set<String> italian = allKeys("_it");
        Set<String> english = allKeys("_en");
        List<String> unknown = new ArrayList<>();
        for (Path template : templates()) {
            for (TemplateText.KeyUse use : TemplateText.staticKeys(Files.readString(template))) {
                if (!italian.contains(use.key()) || !english.contains(use.key())) {
                    unknown.add(TEMPLATES.relativize(template) + ":" + use.line() + ": #{" + use.key() + "}");
                }
            }
        }

        assertThat(unknown).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    @Test
    void everyMessageCodeWrittenInJavaExistsInBothLanguages() throws IOException {
        Set<String> italian = allKeys("_it");
        Set<String> english = allKeys("_en");
        Set<String> prefixes = italian.stream().map(key -> key.split("\\.")[0] + ".").collect(Collectors.toSet());
        Set<String> tables = tableNames();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = CODE_LITERAL.matcher(lines.get(i));
                    while (literal.find()) {
                        String code = literal.group(1);
                        boolean looksLikeAKey = prefixes.stream().anyMatch(code::startsWith) && !tables.contains(code);
                        if (looksLikeAKey && (!italian.contains(code) || !english.contains(code))) {
                            unknown.add(JAVA.relativize(source) + ":" + (i + 1) + ": \"" + code + "\"");
                        }
                    }
                }
            }
        }

        assertThat(unknown).as("message codes in Java code but missing from the bundles").isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path bundle : bundles("")) {
            load(bundle).forEach((key, value) -> {
                String text = value.toString();
                if (PLACEHOLDER.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(BUNDLES.relativize(bundle) + ": " + key + " (write '' for an apostrophe in a message with {0})");
                }
            });
        }

        assertThat(broken).as("MessageFormat drops single apostrophes and what follows them").isEmpty();
    }

    @Test
    void theCheckerReportsLiteralTextAndReadAttributesWithTheirLines() {
        String template = """
                <div th:text="#{ok}"></div>
                <!--/* a comment that is not shown */-->
                <p>Testo scritto a mano</p>
                <input th:placeholder="#{ok}" placeholder="Cerca qui">
                <script>var notText = 'x';</script><span>[[#{ok}]] &rsaquo; 12</span>
                <img alt="Logo">""";

        assertThat(TemplateText.literals("sample.html", template)).containsExactly(
                "sample.html:3: text \"Testo scritto a mano\"",
                "sample.html:4: attribute placeholder=\"Cerca qui\"",
                "sample.html:6: attribute alt=\"Logo\"");
        assertThat(TemplateText.staticKeys("<a th:text=\"#{a.b}\"></a>\n<b th:text=\"#{c(${x})} #{${computed}}\"></b>"))
                .containsExactly(new TemplateText.KeyUse("a.b", 1), new TemplateText.KeyUse("c", 2));
    }

    /** Tables such as {@code programme.call}, which SQL in Java names like a message key. */
    private static Set<String> tableNames() throws IOException {
        Pattern create = Pattern.compile("CREATE TABLE (\\w+\\.\\w+)");
        Set<String> tables = new java.util.HashSet<>();
        try (Stream<Path> migrations = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.filter(path -> path.toString().endsWith(".sql")).toList()) {
                Matcher table = create.matcher(Files.readString(migration));
                while (table.find()) {
                    tables.add(table.group(1));
                }
            }
        }
        return tables;
    }

    private static List<String> difference(Set<String> keys, Set<String> other, Path where) {
        return keys.stream().filter(key -> !other.contains(key)).sorted()
                .map(key -> where + ": missing " + key).toList();
    }

    private static Set<String> allKeys(String language) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path bundle : bundles(language)) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<Path> bundles(String language) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(path -> path.getFileName().toString().endsWith(language + ".properties")).sorted().toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
