package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Each fatal start-up error becomes a report of what happened and how to fix it. */
class StartupFailureAnalyzersTests {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/integra");

    @Test
    void aDataFolderInUseSaysWhichFolderAndHowToStartAnyway() {
        Path folder = Path.of("/srv/integra/data");
        FailureAnalysis analysis = new DataFolderInUseFailureAnalyzer().analyze(
                new BeanCreationException("embeddedDatabase", "Failed to instantiate", new DataFolderInUseException(folder)));

        assertThat(analysis.getDescription())
                .isEqualTo("The data folder /srv/integra/data is in use by another running Integra instance.");
        assertThat(analysis.getAction())
                .isEqualTo("Stop that instance, or start this one with another folder (--integra.data-dir=PATH).");
    }

    @Test
    void aRefusedConnectionNamesTheDatabaseAndTheSettingsToCheck() {
        PSQLException refused = new PSQLException("Connection to db.example:5432 refused. Check that the hostname and port "
                + "are correct and that the postmaster is accepting TCP/IP connections.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(
                new BeanCreationException("flywayInitializer", "Failed to initialize", new IllegalStateException(refused)));

        assertThat(analysis.getDescription()).isEqualTo(
                "Cannot connect to the database jdbc:postgresql://db.example:5432/integra: Connection to db.example:5432 refused.");
        assertThat(analysis.getAction()).isEqualTo("Start that PostgreSQL server or correct SPRING_DATASOURCE_URL, "
                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; without SPRING_DATASOURCE_URL Integra runs its "
                + "embedded PostgreSQL.");
    }

    @Test
    void refusedCredentialsSayWhichSettingsToCorrect() {
        PSQLException wrongPassword = new PSQLException("FATAL: password authentication failed for user \"integra\"",
                PSQLState.INVALID_PASSWORD);
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(
                new BeanCreationException("dataSource", "Failed", wrongPassword));

        assertThat(analysis.getDescription()).isEqualTo("The database jdbc:postgresql://db.example:5432/integra refused the "
                + "user name or password: FATAL: password authentication failed for user \"integra\".");
        assertThat(analysis.getAction()).isEqualTo("Correct SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }

    @Test
    void otherFailuresAreLeftToTheOtherAnalyzers() {
        PSQLException syntax = new PSQLException("ERROR: syntax error", PSQLState.SYNTAX_ERROR);

        assertThat(new DatabaseUnreachableFailureAnalyzer(environment).analyze(new IllegalStateException(syntax))).isNull();
        assertThat(new DataFolderInUseFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
    }
}
