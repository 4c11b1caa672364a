package it.integra.platform.database;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's {@link JdbcTemplate} (behind {@code JdbcClient}, the named-parameter template and
 * Spring Data JDBC): each statement gets the query timeout of the thread's {@link StatementBudget}.
 * The PostgreSQL driver cancels a statement that outlives it on the server, so an abandoned report does
 * not keep a core and a connection busy; the statement fails with SQL state 57014, which Spring turns
 * into a {@code QueryTimeoutException}, and the connection stays usable. A request that asked for it
 * ({@link StatementWatch}) has its running statement recorded, to be cancelled if its client goes.
 */
class BudgetedJdbcTemplate extends JdbcTemplate {

    BudgetedJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public int getQueryTimeout() {
        int budget = StatementBudget.seconds();
        return budget > 0 ? budget : super.getQueryTimeout();
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        StatementWatch watch = StatementBudget.watch();
        if (watch != null) {
            watch.running(statement);
        }
    }
}
