package it.integra.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
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
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "integra";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path folder;
    private final DataFolderLock lock;
    private final EmbeddedPostgres server;
    private boolean ephemeral;

    private EmbeddedDatabase(Path folder, DataFolderLock lock, EmbeddedPostgres server) {
        this.folder = folder;
        this.lock = lock;
        this.server = server;
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
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            Path pgData = folder.resolve("pgdata");
            OrphanedServer.stopIfRunning(pgData);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(folder, lock, server);
            database.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), pgData);
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + folder + ": " + e.getMessage(), e);
        }
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

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
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
