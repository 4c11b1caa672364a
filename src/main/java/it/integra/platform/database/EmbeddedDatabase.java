package it.integra.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's own PostgreSQL server: a real PostgreSQL 17 started from the binaries packaged in
 * Maven, its cluster kept in {@code <data folder>/pgdata} across restarts, guarded by the folder lock.
 * It listens on the loopback interface only, opens no Unix socket, and lets in only clients that give
 * the password kept in {@code <data folder>/postgres.password} (see {@link ServerAuthentication}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "integra";
    static final String USER = "postgres";
    /** How long a restart waits for the dead server's processes to go and for crash recovery to end. */
    private static final java.time.Duration RESTART_WAIT = java.time.Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path folder;
    private final DataFolderLock lock;
    private final boolean durable;
    private final String password;
    private volatile EmbeddedPostgres server;
    private boolean ephemeral;
    private boolean closed;

    private EmbeddedDatabase(Path folder, DataFolderLock lock, boolean durable, EmbeddedPostgres server, String password) {
        this.folder = folder;
        this.lock = lock;
        this.durable = durable;
        this.server = server;
        this.password = password;
    }

    /** Deletes the data folder when the server stops: for test databases only. */
    public EmbeddedDatabase ephemeral(boolean ephemeral) {
        this.ephemeral = ephemeral;
        return this;
    }

    /**
     * Locks the folder, stops a server orphaned by a killed run, then starts PostgreSQL.
     *
     * @param durable fsync and synchronous commit on, as real data needs; off only for throwaway test data
     */
    public static EmbeddedDatabase start(Path dataFolder, boolean durable) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        return start(folder, DataFolderLock.acquire(folder), durable);
    }

    /**
     * Unpacks the backup {@code archive} into {@code dataFolder}, which must be empty or new, then starts
     * PostgreSQL on it; PostgreSQL recovers the backup by itself from the WAL it holds.
     */
    public static EmbeddedDatabase restore(Path archive, Path dataFolder, boolean durable) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        BackupRestore.requireEmpty(folder);
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            BackupRestore.unpack(archive.toAbsolutePath().normalize(), folder);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        log.info("Restored the backup {} into {}", archive.toAbsolutePath(), folder);
        return start(folder, lock, durable);
    }

    private static EmbeddedDatabase start(Path folder, DataFolderLock lock, boolean durable) {
        try {
            Path pgData = folder.resolve("pgdata");
            OrphanedServer.stopIfRunning(pgData);
            boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
            boolean trusting = !fresh && ServerAuthentication.trusts(pgData);
            if (!fresh && !trusting && !Files.exists(folder.resolve(ServerAuthentication.PASSWORD_FILE))) {
                throw missingPassword(folder);
            }
            ServerAuthentication authentication = ServerAuthentication.in(folder);
            EmbeddedPostgres.Builder builder = configured(EmbeddedPostgres.builder(), pgData, durable)
                    .setConnectConfig("password", authentication.password());
            if (fresh) {
                // zonky runs initdb with "-A trust" followed by these options, and initdb keeps the last --auth
                builder.setLocaleConfig("auth", ServerAuthentication.METHOD)
                        .setLocaleConfig("pwfile", authentication.passwordFile().toString());
            }
            if (!trusting) {
                builder.setDataDirectoryCustomizer(directory -> ServerAuthentication.writeRules(directory.toPath()));
            }
            EmbeddedPostgres server = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(folder, lock, durable, server, authentication.password());
            try {
                if (trusting) {
                    authentication.upgrade(server, pgData);
                }
                database.createDatabaseIfMissing();
            } catch (SQLException | RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), pgData);
            database.stopWithTheJvm();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder builder, Path pgData, boolean durable) {
        String onOff = durable ? "on" : "off";
        return builder.setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", ServerAuthentication.METHOD)
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
    }

    private static IllegalStateException missingPassword(Path folder) {
        return new IllegalStateException("The embedded PostgreSQL in " + folder + " requires a password, but its file "
                + folder.resolve(ServerAuthentication.PASSWORD_FILE) + " is missing. Restore it from a backup of the data "
                + "folder. Failing that, to set a new password, add the line 'host all all 127.0.0.1/32 trust' to "
                + folder.resolve("pgdata").resolve(ServerAuthentication.HBA_FILE) + " and start once: Integra then "
                + "generates a new password, stores it in that file and removes the line.");
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    /** The superuser's password, for the application's connection pool; never logged. */
    public String password() {
        return password;
    }

    /** The data folder: {@code pgdata}, the password file, the lock and the backups. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return server.getPort();
    }

    /** Whether the server's postmaster is alive: its pid file names a live postgres serving this folder. */
    public boolean running() {
        return OrphanedServer.find(pgData()).isPresent();
    }

    /**
     * Starts the server again on the same folder, port and settings if its postmaster died (killed,
     * crashed): PostgreSQL replays its write-ahead log, so every committed transaction is back. The
     * connection URL stays valid. Returns whether it restarted; a failed attempt throws, and may be
     * retried.
     */
    synchronized boolean restartIfStopped() {
        if (closed || running()) {
            return false;
        }
        Path pgData = pgData();
        log.warn("The embedded PostgreSQL on port {} has stopped; starting it again on {}", port(), pgData);
        SharedMemory.awaitReleased(pgData, RESTART_WAIT);
        EmbeddedPostgres stopped = server;
        try {
            // zonky's own lock file is still held by the dead server's object (whose close would only fail
            // to stop what is gone), or by a start that failed: a new file is a new lock
            Files.deleteIfExists(pgData.resolve("epg-lock"));
            server = configured(EmbeddedPostgres.builder(), pgData, durable)
                    .setPort(stopped.getPort())
                    .setPGStartupWait(RESTART_WAIT)
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(directory -> ServerAuthentication.writeRules(directory.toPath()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restart the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
        log.warn("The embedded PostgreSQL runs again on port {}", port());
        return true;
    }

    /**
     * Stops the server when the JVM exits without closing it (an application context that was never
     * closed, a test run that ended abruptly), so that no PostgreSQL outlives the process that started it.
     */
    private void stopWithTheJvm() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (this) {
                if (!closed) {
                    close();
                }
            }
        }, "integra-embedded-postgres-stop"));
    }

    private Path pgData() {
        return folder.resolve("pgdata");
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            lock.close();
            if (ephemeral) {
                deleteFolder();
            }
        }
    }

    private void deleteFolder() {
        try (var paths = java.nio.file.Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the test data folder {}: {}", folder, e.getMessage());
        }
    }
}
