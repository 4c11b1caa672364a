package it.integra.platform.database;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL statement a request is running, so that another thread can cancel it when the request's
 * client has gone. The driver cancels only a statement still executing (a finished one is left alone,
 * and its thread waits for a cancel under way before going on), so a late cancel cannot reach another
 * request's statement on the same pooled connection.
 */
public final class StatementWatch {

    private volatile Statement current;

    void running(Statement statement) {
        current = statement;
    }

    /** Cancels the statement if it is still executing. */
    public void cancel() {
        Statement statement = current;
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException e) {
            // closed meanwhile: nothing left to cancel
        }
    }
}
