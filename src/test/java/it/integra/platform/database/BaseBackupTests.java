package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online base backup of the embedded cluster, taken while another connection keeps committing,
 * and its restore into a new folder: the restored database holds every transaction acknowledged
 * before the backup began, and the ones committed during the copy whole or not at all (they come
 * in commit order, so the restored rows are exactly the first ones written, without a gap).
 */
class BaseBackupTests {

    @TempDir(cleanup = CleanupMode.NEVER)
    Path original;
    @TempDir(cleanup = CleanupMode.NEVER)
    Path restored;
    @TempDir
    Path backups;

    @AfterEach
    void deleteTheClusters() throws IOException {
        for (Path folder : List.of(original, restored)) {
            OrphanedServer.stopIfRunning(folder.resolve("pgdata"));
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void restoresEveryRowCommittedBeforeTheBackupAndAGaplessPrefixOfThoseWrittenDuringIt() throws Exception {
        Path archive = backups.resolve("integra-20260101-120000.zip");
        AtomicInteger acknowledged = new AtomicInteger();
        int acknowledgedBeforeBackup;
        int acknowledgedAfterBackup;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(original, true)) {
            execute(database, "CREATE TABLE bulk AS SELECT g AS id, md5(g::text) AS text FROM generate_series(1, 300000) g",
                    "CREATE TABLE note (n integer PRIMARY KEY)");
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> insertUntilStopped(database, acknowledged, writing));
            while (acknowledged.get() < 50) {
                Thread.onSpinWait();
            }
            acknowledgedBeforeBackup = acknowledged.get();
            try (OutputStream out = Files.newOutputStream(archive)) {
                BaseBackup.write(database, "test", out);
            }
            acknowledgedAfterBackup = acknowledged.get();
            writing.set(false);
            writer.get();
            assertThat(query(database, "SELECT count(*) FROM pg_replication_slots"))
                    .as("the temporary slot that held the WAL went with the backup's connection").containsExactly("0");
        }
        assertThat(acknowledgedAfterBackup).as("the writer kept committing while the backup ran").isGreaterThan(acknowledgedBeforeBackup);

        try (EmbeddedDatabase database = EmbeddedDatabase.restore(archive, restored, true)) {
            int rows = Integer.parseInt(query(database, "SELECT count(*) FROM note").get(0));
            assertThat(rows).isGreaterThanOrEqualTo(acknowledgedBeforeBackup).isLessThanOrEqualTo(acknowledgedAfterBackup + 1);
            assertThat(query(database, "SELECT coalesce(max(n), 0) FROM note")).containsExactly(Integer.toString(rows));
            assertThat(query(database, "SELECT count(*), sum(id) FROM bulk WHERE text = md5(id::text)"))
                    .containsExactly("300000");
            execute(database, "INSERT INTO note VALUES (-1)");
            assertThat(query(database, "SELECT count(*) FROM note")).containsExactly(Integer.toString(rows + 1));
        }
    }

    @Test
    void archivesTheClusterWithoutTheServersRunFilesAndWithThePasswordButNotTheLock() throws Exception {
        Path archive = backups.resolve("integra-20260101-120000.zip");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(original, false);
             OutputStream out = Files.newOutputStream(archive)) {
            BaseBackup.write(database, "test", out);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).contains("pgdata/backup_label", "pgdata/PG_VERSION", "pgdata/global/pg_control",
                    "pgdata/pg_wal/", "pgdata/pg_wal/archive_status/", "pgdata/pg_replslot/", "postgres.password");
            assertThat(names).as("the backup's own temporary slot is not in it")
                    .noneMatch(name -> name.startsWith("pgdata/pg_replslot/") && !name.equals("pgdata/pg_replslot/"));
            assertThat(names).doesNotContain("pgdata/postmaster.pid", "pgdata/postmaster.opts", "integra.lock");
            assertThat(names).filteredOn(name -> name.startsWith("pgdata/pg_wal/") && !name.endsWith("/"))
                    .isNotEmpty().allMatch(name -> name.matches("pgdata/pg_wal/[0-9A-F]{24}"));
            assertThat(new String(zip.getInputStream(zip.getEntry("pgdata/backup_label")).readAllBytes()))
                    .contains("START WAL LOCATION", "LABEL: test");
        }
    }

    @Test
    void refusesToRestoreIntoAFolderThatHoldsAnything() throws IOException {
        Files.writeString(restored.resolve("notes.txt"), "someone's file");

        assertThatThrownBy(() -> EmbeddedDatabase.restore(backups.resolve("any.zip"), restored, false))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessage("The data folder " + restored + " is not empty. A backup is restored only into an empty or "
                        + "new folder: choose one with --integra.data-dir=PATH, or start without --integra.restore-from "
                        + "to use this folder as it is.");
        assertThat(Files.readString(restored.resolve("notes.txt"))).isEqualTo("someone's file");
    }

    @Test
    void refusesAFileThatIsNotABackupAndLeavesTheFolderFreeForAnotherTry() throws IOException {
        Path notABackup = backups.resolve("integra-20260101-120000.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> EmbeddedDatabase.restore(notABackup, restored, false))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("is not a backup of Integra");
        assertThat(DataFolderLock.acquire(restored)).as("the lock was released").satisfies(DataFolderLock::close);
    }

    @Test
    void refusesEntriesThatWouldLandOutsideTheDataFolder() {
        for (String entry : List.of("../outside", "pgdata/../../outside", "/etc/passwd", "pgdata\\..\\..\\x")) {
            assertThatThrownBy(() -> BackupRestore.inside(restored, entry)).as(entry).isInstanceOf(RestoreRefusedException.class);
        }
        assertThat(BackupRestore.inside(restored, "pgdata/base/1/1259")).isEqualTo(restored.resolve("pgdata/base/1/1259"));
    }

    @Test
    void leavesOutTheFilesThatTheDocumentationSaysABaseBackupOmits() {
        assertThat(BaseBackup.copied(Path.of("postmaster.pid"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("postmaster.opts"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("pg_wal/000000010000000000000001"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("pg_replslot/slot/state"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("pg_stat_tmp/global.stat"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("global/pg_internal.init"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("base/pgsql_tmp/pgsql_tmp123.0"))).isFalse();
        assertThat(BaseBackup.copied(Path.of("base/16384/1259"))).isTrue();
        assertThat(BaseBackup.copied(Path.of("global/pg_control"))).isTrue();
        assertThat(BaseBackup.copied(Path.of("base/16384/postmaster.pid"))).as("only the top-level file is the server's").isTrue();
    }

    private static void insertUntilStopped(EmbeddedDatabase database, AtomicInteger acknowledged, AtomicBoolean writing) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO note VALUES (?)")) {
            while (writing.get()) {
                insert.setInt(1, acknowledged.get() + 1);
                insert.executeUpdate();
                acknowledged.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    @Test
    void aRefusedRestoreEndsTheStartWithAShortReportSayingWhatAndHowToFix() throws IOException {
        Files.writeString(restored.resolve("notes.txt"), "someone's file");

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() ->
                new org.springframework.boot.builder.SpringApplicationBuilder(it.integra.Application.class).run(
                        "--server.port=0", "--integra.data-dir=" + restored,
                        "--integra.restore-from=" + backups.resolve("any.zip")));

        var analysis = new RestoreRefusedFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The data folder " + restored + " is not empty.");
        assertThat(analysis.getAction()).contains("--integra.restore-from=FILE", "--integra.data-dir=PATH");
    }
}
