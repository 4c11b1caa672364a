package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached now" (a 503) and which are anything else. */
class DatabaseFailuresTests {

    static final SQLException REFUSED = new PSQLException("Connection to localhost:5432 refused",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

    @Test
    void noConnectionWithinThePoolsTimeoutIsUnavailability() {
        SQLTransientConnectionException timedOut = new SQLTransientConnectionException("request timed out", "08001", REFUSED);
        assertThat(DatabaseFailures.unavailable(new CannotGetJdbcConnectionException("no connection", timedOut))).isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("no transaction", timedOut))).isTrue();
    }

    @Test
    void aPoolTimeoutIsTheDatabaseUnreachableOnlyWhenConnectingFailedOtherwiseTooManyRequests() {
        // HikariPool's timeout: with the last connection failure as its cause and state when there was one
        SQLTransientConnectionException down = new SQLTransientConnectionException("request timed out", "08001", REFUSED);
        SQLTransientConnectionException allTaken = new SQLTransientConnectionException("request timed out", null, null);
        assertThat(DatabaseFailures.unreachable(new CannotGetJdbcConnectionException("no connection", down))).isTrue();
        assertThat(DatabaseFailures.busy(new CannotGetJdbcConnectionException("no connection", down))).isFalse();
        assertThat(DatabaseFailures.unreachable(new CannotCreateTransactionException("no transaction", allTaken))).isFalse();
        assertThat(DatabaseFailures.busy(new CannotCreateTransactionException("no transaction", allTaken))).isTrue();
        assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("no transaction", allTaken))).isTrue();
    }

    @Test
    void aConnectionLostOrAServerStartingIsUnavailabilityHoweverWrapped() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend", "08006");
        assertThat(DatabaseFailures.unavailable(new TransactionSystemException("commit failed", lost))).isTrue();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("export failed", lost))).isTrue();
        SQLException starting = new SQLException("the database system is starting up", "57P03");
        assertThat(DatabaseFailures.unavailable(new UncategorizedSQLException("read", "SELECT 1", starting))).isTrue();
        assertThat(DatabaseFailures.unavailable(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate", duplicate))).isFalse();
        assertThat(DatabaseFailures.unavailable(new OptimisticLockingFailureException("changed meanwhile"))).isFalse();
        SQLException syntax = new SQLException("syntax error", "42601");
        assertThat(DatabaseFailures.unavailable(new UncategorizedSQLException("read", "SELEC 1", syntax))).isFalse();
        assertThat(DatabaseFailures.unavailable(new SQLException("canceling statement due to statement timeout", "57014")))
                .isFalse();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("no cause"))).isFalse();
    }
}
