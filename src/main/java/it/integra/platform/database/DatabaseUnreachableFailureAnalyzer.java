package it.integra.platform.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start that failed because the database cannot be reached (SQL state class 08: refused, unknown
 * host, timed out) or refused the credentials (class 28): what and how to fix, without a trace.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private static final String SETTINGS = "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith("08")) {
                    return new FailureAnalysis("Cannot connect to the database " + database() + ": " + firstSentence(sql) + ".",
                            "Start that PostgreSQL server or correct " + SETTINGS
                                    + "; without SPRING_DATASOURCE_URL Integra runs its embedded PostgreSQL.", sql);
                }
                if (sql.getSQLState().startsWith("28")) {
                    return new FailureAnalysis("The database " + database() + " refused the user name or password: "
                            + firstSentence(sql) + ".", "Correct SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", sql);
                }
            }
        }
        return null;
    }

    private String database() {
        return environment.getProperty("spring.datasource.url", "(the embedded PostgreSQL)");
    }

    private static String firstSentence(SQLException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf(". ");
        message = end < 0 ? message : message.substring(0, end);
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
