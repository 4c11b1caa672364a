package it.integra.interchange.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way this module runs COPY: on a connection borrowed from the application's pool, which must
 * never go back to the pool in the middle of a COPY. A COPY that stops midway (the client of an export
 * hung up, an import failed while its rows were streaming) can leave the connection inside the COPY
 * protocol, and the next request to borrow it would read the COPY's leftovers as the answer to its own
 * statement ("No results were returned by the query"). Such a connection is discarded: its socket is
 * closed at once, which ends its server process and transaction too, and the pool evicts it.
 */
final class PooledCopy {

    private static final Logger log = LoggerFactory.getLogger(PooledCopy.class);

    private final Connection connection;
    private final DataSource pool;

    /** {@code connection} as the pool lent it (not unwrapped), {@code pool} the data source it came from. */
    PooledCopy(Connection connection, DataSource pool) {
        this.connection = connection;
        this.pool = pool;
    }

    CopyManager copies() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /**
     * Writes what {@code COPY ... TO STDOUT} returns to {@code out}. Unless every row was read, the
     * connection is discarded before the failure goes on: the driver's own clean-up (a cancel request,
     * then reading what is left) leaves it unusable when the client has gone.
     */
    long copyOut(String sql, OutputStream out) throws SQLException, IOException {
        boolean complete = false;
        try {
            CopyOut copy = copies().copyOut(sql);
            byte[] chunk;
            while ((chunk = copy.readFromCopy()) != null) {
                out.write(chunk);
            }
            complete = true;
            return copy.getHandledRowCount();
        } finally {
            if (!complete) {
                discard();
            }
        }
    }

    /** Closes the physical connection at once and takes it out of the pool; closing the lent one stays safe. */
    void discard() {
        try {
            connection.unwrap(Connection.class).abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.debug("Closing a connection left in a COPY failed: {}", e.getMessage());
        }
        try {
            if (pool.isWrapperFor(HikariDataSource.class)) {
                pool.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | RuntimeException e) {
            // closed underneath, the connection fails its next statement and the pool drops it then
            log.debug("Evicting a connection left in a COPY failed: {}", e.getMessage());
        }
        log.info("A COPY stopped midway: its database connection was closed and left the pool");
    }
}
