package it.integra.platform.startup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session advisory lock held on a connection of its own while the start-up tasks run, so
 * that of two nodes starting together on one database the second waits for the first and then finds
 * the work done. The server releases it if the node dies, however it dies.
 */
final class BootstrapLock implements AutoCloseable {

    /** "Integra!" in ASCII: any fixed number, the same on every node. */
    static final long KEY = 0x496E746567726121L;
    private static final Logger log = LoggerFactory.getLogger(BootstrapLock.class);

    private final Connection connection;

    private BootstrapLock(Connection connection) {
        this.connection = connection;
    }

    static BootstrapLock acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (!tryLock(statement)) {
                    log.info("Another node is starting on this database: waiting for it to finish its start-up tasks");
                    statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                return new BootstrapLock(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock: " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    @Override
    public void close() {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the session releases the lock; a pooled connection is evicted on the error
            log.warn("Could not release the start-up lock cleanly: {}", e.getMessage());
        }
    }
}
