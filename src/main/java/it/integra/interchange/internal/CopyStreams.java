package it.integra.interchange.internal;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * The one {@code COPY ... FROM STDIN} a connection can run at a time, shared by buffers that feed
 * different tables: a chunk for another table ends the running COPY and starts that table's. Chunks
 * are large (a quarter of a megabyte), so switching costs a round trip now and then. SQL can run on the connection
 * only while no COPY is open ({@link #pause()}).
 */
final class CopyStreams {

    private final PooledCopy connection;
    private CopyIn open;
    private String openSql;

    CopyStreams(PooledCopy connection) {
        this.connection = connection;
    }

    void write(String sql, byte[] bytes) throws SQLException {
        if (open == null || !openSql.equals(sql)) {
            pause();
            open = connection.copies().copyIn(sql);
            openSql = sql;
        }
        open.writeToCopy(bytes, 0, bytes.length);
    }

    /** Ends the running COPY, if any: its rows are written and the connection is free for SQL. */
    void pause() throws SQLException {
        if (open != null) {
            CopyIn ending = open;
            open = null;
            openSql = null;
            ending.endCopy();
        }
    }

    /**
     * Abandons the running COPY after a failure; the transaction is rolled back anyway. A COPY the server
     * did not confirm as ended leaves the connection unusable, so it is discarded.
     */
    void cancel() {
        try {
            if (open != null && open.isActive()) {
                open.cancelCopy();
            }
            if (open != null && open.isActive()) {
                connection.discard();
            }
        } catch (SQLException | RuntimeException e) {
            connection.discard();
        } finally {
            open = null;
            openSql = null;
        }
    }
}
