package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server lets in only clients on this machine that give the password kept, owner-only,
 * in the data folder; a folder created before passwords (trust) is brought to that at its next start.
 */
class EmbeddedDatabaseAuthenticationTests {

    @TempDir(cleanup = CleanupMode.NEVER)
    Path folder;

    @AfterEach
    void deleteTheFolder() throws IOException {
        OrphanedServer.stopIfRunning(folder.resolve("pgdata"));
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void refusesAConnectionWithoutThePasswordOrWithAWrongOne() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "not-the-password").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed for user \"postgres\"");
            assertThat(query(database, "SELECT 1")).containsExactly("1");
        }
    }

    @Test
    void keepsARandomPasswordReadableByItsOwnerOnlyAndNoTrustRule() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            Path passwordFile = folder.resolve("postgres.password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(Files.readAllLines(passwordFile)).containsExactly(database.password());
            assertThat(database.password()).matches("[A-Za-z0-9_-]{32}");
            assertThat(hbaRules()).containsExactly("local all all scram-sha-256", "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256");
            assertThat(query(database, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
                    .containsExactly("t");
        }
    }

    @Test
    void listensOnLoopbackOnlyAndOpensNoUnixSocket() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(query(database, "SHOW listen_addresses")).containsExactly("localhost");
            assertThat(query(database, "SHOW unix_socket_directories")).containsExactly("");

            Optional<InetAddress> external = nonLoopbackAddress();
            Assumptions.assumeTrue(external.isPresent(), "this machine has no address besides loopback");
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), database.port()), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void upgradesAFolderCreatedWithTrustAndKeepsItsData() throws Exception {
        createAnOldStyleClusterWithANote();
        assertThat(Files.exists(folder.resolve("postgres.password"))).isFalse();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(query(database, "SELECT text FROM note")).containsExactly("written before passwords");
            assertThat(hbaRules()).noneMatch(rule -> rule.contains("trust")).hasSize(3);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
                    .hasMessageContaining("no password was provided");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(query(database, "SELECT text FROM note")).containsExactly("written before passwords");
        }
    }

    @Test
    void restoresOwnerOnlyPermissionsOnThePasswordFile() throws Exception {
        EmbeddedDatabase.start(folder, false).close();
        Path passwordFile = folder.resolve("postgres.password");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, false)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        }
    }

    @Test
    void refusesToStartAProtectedClusterWhosePasswordFileIsMissingAndSaysHowToRecover() throws Exception {
        EmbeddedDatabase.start(folder, false).close();
        Files.delete(folder.resolve("postgres.password"));

        assertThatThrownBy(() -> EmbeddedDatabase.start(folder, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The embedded PostgreSQL in " + folder + " requires a password, but its file " + folder
                        + "/postgres.password is missing. Restore it from a backup of the data folder. Failing that, to "
                        + "set a new password, add the line 'host all all 127.0.0.1/32 trust' to " + folder
                        + "/pgdata/pg_hba.conf and start once: Integra then generates a new password, stores it in that "
                        + "file and removes the line.");
        assertThat(Files.exists(folder.resolve("postgres.password"))).isFalse();
    }

    /** A cluster as the application created it before passwords: zonky's defaults, trust for everyone. */
    private void createAnOldStyleClusterWithANote() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pgdata"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
             Connection postgres = old.getPostgresDatabase().getConnection();
             Statement statement = postgres.createStatement()) {
            statement.execute("CREATE DATABASE integra");
            try (Connection integra = old.getDatabase("postgres", "integra").getConnection();
                 Statement write = integra.createStatement()) {
                write.execute("CREATE TABLE note (text varchar(40))");
                write.execute("INSERT INTO note VALUES ('written before passwords')");
            }
        }
        assertThat(hbaRules()).anyMatch(rule -> rule.endsWith("trust"));
    }

    private List<String> hbaRules() throws IOException {
        return Files.readAllLines(folder.resolve("pgdata").resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
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
