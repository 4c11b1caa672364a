package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own PostgreSQL: durable across restarts, one instance per data folder, orphans
 * cleaned up. To keep the tests fast the cluster is created once (initdb takes seconds on a busy
 * machine) and each test starts from a copy of it.
 */
class EmbeddedDatabaseTests {

    @TempDir(cleanup = CleanupMode.NEVER)
    static Path template;
    @TempDir(cleanup = CleanupMode.NEVER)
    Path folder;

    private Process child;

    @BeforeAll
    static void createTheClusterOnce() {
        EmbeddedDatabase.start(template, false).close();
    }

    @BeforeEach
    void copyTheCluster() throws IOException {
        Files.copy(template.resolve(ServerAuthentication.PASSWORD_FILE), folder.resolve(ServerAuthentication.PASSWORD_FILE),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path source = template.resolve("pgdata");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                // COPY_ATTRIBUTES keeps the 0700 folders that PostgreSQL insists on
                Files.copy(path, folder.resolve("pgdata").resolve(source.relativize(path).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    @AfterAll
    static void deleteTheTemplate() throws IOException {
        delete(template);
    }

    @AfterEach
    void stopTheChildAndDeleteTheFolder() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        OrphanedServer.stopIfRunning(folder.resolve("pgdata"));
        delete(folder);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void keepsDataAcrossARestartWithFsyncAndSynchronousCommitOn() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true)) {
            execute(database, "CREATE TABLE note (text varchar(40))", "INSERT INTO note VALUES ('written before the restart')");
            assertThat(query(database, "SHOW fsync")).containsExactly("on");
            assertThat(query(database, "SHOW synchronous_commit")).containsExactly("on");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true)) {
            assertThat(query(database, "SELECT text FROM note")).containsExactly("written before the restart");
        }
    }

    @Test
    void turnsFsyncOffOnlyForThrowawayData() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(query(database, "SHOW fsync")).containsExactly("off");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameFolder() throws Exception {
        startChild();

        assertThatThrownBy(() -> EmbeddedDatabase.start(folder, false))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessage("The data folder " + folder.toAbsolutePath() + " is in use by another running Integra "
                        + "instance. Stop that instance, or start this one with another folder (--integra.data-dir=PATH).");

        stopChild();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(query(database, "SELECT 1")).containsExactly("1");
        }
    }

    @Test
    void stopsTheServerOrphanedByAKilledInstanceAndStarts() throws Exception {
        startChild();
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(postmasterPid()).isNotEqualTo(orphan);
            assertThat(query(database, "SELECT 1")).containsExactly("1");
        }
    }

    @Test
    void noServerOutlivesAJvmThatExitsWithoutClosingIt() throws Exception {
        startChild();
        long server = postmasterPid();

        try (Writer input = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            input.write("EXIT\n");
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child instance exited").isTrue();

        // pg_ctl reports the stop when the pid file is gone, a moment before the process itself is
        Optional<ProcessHandle> postmaster = ProcessHandle.of(server);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(server).filter(ProcessHandle::isAlive)).as("the child's PostgreSQL").isEmpty();
    }

    private void startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> awaitReady(output));
        assertThat(ready.get(90, TimeUnit.SECONDS)).as("the child instance printed READY").isTrue();
        // keep draining the child's output so that its logging can never block on a full pipe
        CompletableFuture.runAsync(() -> output.lines().forEach(line -> { }));
    }

    private static boolean awaitReady(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(EmbeddedDatabaseChild.READY)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void stopChild() throws Exception {
        try (Writer input = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            input.write("STOP\n");
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child instance stopped").isTrue();
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(folder.resolve("pgdata").resolve("postmaster.pid")).get(0).trim());
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
