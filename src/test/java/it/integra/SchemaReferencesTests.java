package it.integra;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.DatabaseSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The SQL of each module names only the schemas its {@code package-info.java} declares
 * ({@link DatabaseSchemas}): the string literals and text blocks of its Java sources and its own
 * migration folder are scanned for {@code schema.object}, where the object is one the migrations create
 * (so message keys such as {@code clearance.status} are not taken for tables). Reads must follow the
 * module's {@code allowedDependencies}, except those declared against the direction on purpose.
 */
class SchemaReferencesTests {

    static final Path JAVA = Path.of("src/main/java/it/integra");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final String SHARED_SCHEMA = "reference";
    static final Pattern CREATED = Pattern.compile("CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+)?"
            + "(?:TABLE|VIEW|MATERIALIZED\\s+VIEW|FUNCTION|PROCEDURE|SEQUENCE|TYPE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "([a-z_]+)\\.([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    static final Pattern NAMED = Pattern.compile("(?<![\\w.])([a-z_]+)\\.([a-z_][a-z0-9_]*)\\b");
    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    final Set<String> objects = createdObjects();

    @Test
    void everyModuleNamesOnlyTheSchemasItDeclares() {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        for (String module : modules()) {
            DatabaseSchemas declared = schemasOf(module);
            Set<String> allowed = new TreeSet<>(List.of(declared.reads()));
            allowed.addAll(List.of(declared.readsAgainstDirection()));
            allowed.add(SHARED_SCHEMA);
            if (!declared.owns().isEmpty()) {
                allowed.add(declared.owns());
            }
            for (String reference : referencesOf(module)) {
                if (!allowed.contains(schema(reference))) {
                    undeclared.computeIfAbsent(module, m -> new TreeSet<>()).add(reference);
                }
            }
        }
        assertThat(undeclared).as("schema.object named by a module outside its @DatabaseSchemas").isEmpty();
    }

    @Test
    void everyDeclaredSchemaIsReallyNamed() {
        for (String module : modules()) {
            DatabaseSchemas declared = schemasOf(module);
            Set<String> named = new TreeSet<>(referencesOf(module).stream().map(SchemaReferencesTests::schema).toList());
            assertThat(named).as("schemas %s declares", module)
                    .containsAll(List.of(declared.reads())).containsAll(List.of(declared.readsAgainstDirection()));
        }
    }

    @Test
    void readsFollowTheDependenciesAndReverseReadsAreReallyReverse() {
        for (String module : modules()) {
            DatabaseSchemas declared = schemasOf(module);
            List<String> dependencies = List.of(dependenciesOf(module));
            assertThat(dependencies).as("%s reads", module).containsAll(List.of(declared.reads()));
            for (String reverse : declared.readsAgainstDirection()) {
                assertThat(dependencies).as("%s reads %s against the direction", module, reverse).doesNotContain(reverse);
                assertThat(dependenciesOf(reverse)).as("%s depends on %s", reverse, module).contains(module);
            }
        }
    }

    @Test
    void eachSchemaHasOneOwnerWithItsMigrations() {
        Map<String, String> owners = new TreeMap<>();
        for (String module : modules()) {
            String owned = schemasOf(module).owns();
            if (!owned.isEmpty()) {
                assertThat(owners.put(owned, module)).as("second owner of %s", owned).isNull();
                assertThat(MIGRATIONS.resolve(owned)).as("migrations of %s", owned).isDirectory();
            }
        }
        assertThat(owners).containsEntry("participant", "participant").containsEntry("monitoring", "monitoring");
    }

    @Test
    void theScannerSeesTheTablesAndTheirReferences() {
        assertThat(objects).contains("participant.participant", "clearance.clearance", "internship.internship",
                "reference.province");
        assertThat(referencesOf("clearance")).contains("internship.internship", "clearance.clearance");
        assertThat(referencesOf("shared")).isEmpty();
        assertThat(referencesIn("reference")).allMatch(reference -> schema(reference).equals(SHARED_SCHEMA));
    }

    static List<String> modules() {
        try (Stream<Path> folders = Files.list(JAVA)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> !name.equals("shared")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatabaseSchemas schemasOf(String module) {
        DatabaseSchemas declared = packageInfo(module).getAnnotation(DatabaseSchemas.class);
        assertThat(declared).as("@DatabaseSchemas on %s's package-info", module).isNotNull();
        return declared;
    }

    static String[] dependenciesOf(String module) {
        ApplicationModule declared = packageInfo(module).getAnnotation(ApplicationModule.class);
        assertThat(declared).as("@ApplicationModule on %s", module).isNotNull();
        return declared.allowedDependencies();
    }

    static Class<?> packageInfo(String module) {
        try {
            return Class.forName("it.integra." + module + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no package-info.java in " + module, e);
        }
    }

    Set<String> referencesOf(String module) {
        Set<String> found = new TreeSet<>(referencesIn(module));
        try (Stream<Path> sources = Files.walk(JAVA.resolve(module))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String literal : literals(Files.readString(source))) {
                    found.addAll(named(literal));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    Set<String> referencesIn(String migrationFolder) {
        Set<String> found = new TreeSet<>();
        Path folder = MIGRATIONS.resolve(migrationFolder);
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> scripts = Files.list(folder)) {
            for (Path script : scripts.toList()) {
                found.addAll(named(Files.readString(script)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    Set<String> named(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = NAMED.matcher(text);
        while (matcher.find()) {
            String reference = matcher.group(1) + "." + matcher.group(2);
            if (objects.contains(reference)) {
                found.add(reference);
            }
        }
        return found;
    }

    static List<String> literals(String java) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(java).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }

    static Set<String> createdObjects() {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> scripts = Files.walk(MIGRATIONS)) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".sql")).toList()) {
                Matcher matcher = CREATED.matcher(Files.readString(script));
                while (matcher.find()) {
                    created.add(matcher.group(1).toLowerCase() + "." + matcher.group(2).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    static String schema(String reference) {
        return reference.substring(0, reference.indexOf('.'));
    }
}
