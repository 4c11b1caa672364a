package it.integra.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the embedded server lets clients in: only from this machine, and only with the superuser's
 * password (SCRAM-SHA-256), a random one kept in {@code postgres.password} beside {@code pgdata},
 * readable by its owner only. No {@code trust} line, so no local process gets a passwordless
 * superuser, neither over TCP nor over a Unix socket (the server opens none).
 */
final class ServerAuthentication {

    static final String PASSWORD_FILE = "postgres.password";
    static final String HBA_FILE = "pg_hba.conf";
    static final String METHOD = "scram-sha-256";
    static final String HBA = """
            # Written by Integra at every start: connections from this machine only, each with the password
            # kept in postgres.password beside this folder. Edits here are overwritten.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(ServerAuthentication.class);

    private final Path passwordFile;
    private final String password;

    private ServerAuthentication(Path passwordFile, String password) {
        this.passwordFile = passwordFile;
        this.password = password;
    }

    /** The password kept in {@code folder}, created (random, owner-only) when there is none yet. */
    static ServerAuthentication in(Path folder) {
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                writeOwnerOnly(file, randomPassword() + "\n");
            }
            restrictToOwner(file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalStateException("The password file " + file + " of the embedded PostgreSQL is empty");
            }
            return new ServerAuthentication(file, lines.get(0));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the password file " + file + ": " + e.getMessage(), e);
        }
    }

    String password() {
        return password;
    }

    Path passwordFile() {
        return passwordFile;
    }

    /** Whether the cluster in {@code pgData} still lets someone in without a password (created before passwords). */
    static boolean trusts(Path pgData) {
        try {
            return Files.readAllLines(pgData.resolve(HBA_FILE), StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .anyMatch(line -> !line.isEmpty() && List.of(line.split("\\s+")).contains("trust"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + pgData.resolve(HBA_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the cluster's client authentication rules with {@link #HBA}. */
    static void writeRules(Path pgData) {
        try {
            writeOwnerOnly(pgData.resolve(HBA_FILE), HBA);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + pgData.resolve(HBA_FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings a cluster created with {@code trust} (before passwords) to password authentication, while it
     * runs: sets the superuser's password (hashed by the driver, so it never travels in clear), rewrites
     * the rules and has the server reload them. The data is untouched.
     */
    void upgrade(EmbeddedPostgres server, Path pgData) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            connection.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.USER, password.toCharArray(), METHOD);
            writeRules(pgData);
            statement.execute("SELECT pg_reload_conf()");
        }
        log.warn("The embedded PostgreSQL in {} let local processes in without a password; it now requires the one "
                + "kept in {}", pgData, passwordFile);
    }

    /** Writes through a temporary file created owner-only, then moved in place: never readable by others, never half written. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary); // not a POSIX file system: its own access rules apply
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + temporary, e);
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("The password file {} was readable by others; it is now readable by its owner only", file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
