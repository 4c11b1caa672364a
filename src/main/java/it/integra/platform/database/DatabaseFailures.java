package it.integra.platform.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, unreachable, or no
 * connection free in time) from any other: the first is a passing unavailability, answered 503 with
 * an invitation to retry, never a 500.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether {@code failure} or one of its causes says that the database cannot be used now: it cannot
     * be reached ({@link #unreachable}) or no pooled connection came free in time ({@link #busy}).
     */
    public static boolean unavailable(Throwable failure) {
        return unreachable(failure) || busy(failure);
    }

    /**
     * Whether the database itself cannot be reached: a refused or lost connection, or a server shutting
     * down, crashed or starting (answered "the database does not answer").
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database answers but no pooled connection came free within the pool's timeout: too
     * many requests at once (answered "too busy, retry"), not a database that is down.
     */
    public static boolean busy(Throwable failure) {
        if (unreachable(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01 to 57P03: the server shutting down, crashed,
     * or starting and not yet taking connections.
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
