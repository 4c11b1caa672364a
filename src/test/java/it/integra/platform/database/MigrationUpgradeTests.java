package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * With {@code out-of-order} on, a database upgraded from the previous release may apply the migrations
 * in another order than a fresh one. Both must end with the same schema: one database is migrated to
 * the previous release's migrations (listed in {@code db/previous-release-migrations.txt}) and then to
 * the current ones, another from nothing to the current ones, and their catalogs are compared: tables,
 * columns with their types, nullability and defaults (not their position, which the order of the
 * {@code ALTER TABLE}s decides), indexes, constraints, views, sequences, functions and triggers.
 */
class MigrationUpgradeTests {

    static final String PREVIOUS_RELEASE = "db/previous-release-migrations.txt";

    @TempDir
    static Path folder;
    static EmbeddedDatabase server;

    @BeforeAll
    static void startTheServer() throws SQLException {
        server = EmbeddedDatabase.start(folder.resolve("server"), false);
        execute("postgres", "CREATE DATABASE fresh", "CREATE DATABASE upgraded");
    }

    @AfterAll
    static void stopTheServer() {
        server.close();
    }

    @Test
    void anUpgradedDatabaseHasTheSchemaOfAFreshOne() throws Exception {
        Path previous = folder.resolve("previous");
        Path current = folder.resolve("current");
        List<String> released = previousRelease();
        List<String> all = currentMigrations(current);
        assertThat(all).as("the current migrations keep every released one").containsAll(released);
        for (String migration : released) {
            Files.createDirectories(previous.resolve(migration).getParent());
            Files.copy(current.resolve(migration), previous.resolve(migration));
        }

        migrate("upgraded", previous);
        migrate("upgraded", current);
        migrate("fresh", current);

        Map<String, List<String>> fresh = catalog("fresh");
        assertThat(fresh.get("tables")).as("the scan sees the tables").contains("participant.participant BASE TABLE");
        assertThat(fresh.get("triggers")).as("the scan sees the triggers").isNotEmpty();
        Map<String, List<String>> upgraded = catalog("upgraded");
        for (String part : fresh.keySet()) {
            assertThat(upgraded.get(part)).as(part + " of the upgraded database").containsExactlyElementsOf(fresh.get(part));
        }
    }

    static void migrate(String database, Path migrations) {
        Flyway.configure().dataSource(url(database), EmbeddedDatabase.USER, server.password())
                .locations("filesystem:" + migrations).outOfOrder(true).load().migrate();
    }

    static List<String> previousRelease() throws IOException {
        try (InputStream in = MigrationUpgradeTests.class.getClassLoader().getResourceAsStream(PREVIOUS_RELEASE)) {
            assertThat(in).as(PREVIOUS_RELEASE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    /** Copies the application's migrations out of the classpath into {@code target}; returns their paths. */
    static List<String> currentMigrations(Path target) throws IOException {
        List<String> paths = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql")) {
            String url = resource.getURL().toString();
            String path = url.substring(url.indexOf("db/migration/") + "db/migration/".length());
            Files.createDirectories(target.resolve(path).getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, target.resolve(path));
            }
            paths.add(path);
        }
        return paths;
    }

    static Map<String, List<String>> catalog(String database) throws SQLException {
        String ours = "NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
        Map<String, String> queries = Map.of(
                "tables", "SELECT table_schema || '.' || table_name || ' ' || table_type FROM information_schema.tables"
                        + " WHERE table_schema " + ours,
                "columns", "SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' '"
                        + " || coalesce(character_maximum_length::text, '') || ' ' || coalesce(numeric_precision::text, '')"
                        + " || ',' || coalesce(numeric_scale::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                        + " FROM information_schema.columns WHERE table_schema " + ours,
                "indexes", "SELECT schemaname || '.' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname " + ours,
                "constraints", "SELECT n.nspname || '.' || r.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)"
                        + " FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                        + " WHERE n.nspname " + ours,
                "views", "SELECT schemaname || '.' || viewname || ' ' || definition FROM pg_views WHERE schemaname " + ours,
                "sequences", "SELECT sequence_schema || '.' || sequence_name || ' ' || data_type || ' ' || increment"
                        + " FROM information_schema.sequences WHERE sequence_schema " + ours,
                "functions", "SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') '"
                        + " || pg_get_function_result(p.oid) || ' ' || md5(p.prosrc) FROM pg_proc p"
                        + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname " + ours,
                "triggers", "SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = r.relnamespace WHERE NOT t.tgisinternal AND n.nspname " + ours);
        Map<String, List<String>> catalog = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url(database), EmbeddedDatabase.USER, server.password());
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(query.getValue() + " ORDER BY 1")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                catalog.put(query.getKey(), rows);
            }
        }
        return catalog;
    }

    static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    static void execute(String database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), EmbeddedDatabase.USER, server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
