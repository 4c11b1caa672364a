package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import it.integra.interchange.ApiClient;
import java.net.http.HttpResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code SPRING_DATASOURCE_URL} the application starts no PostgreSQL of its own and migrates and
 * uses the server it is given (here a server this test starts, standing in for an external one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalDatabaseTests {

    static final EmbeddedDatabase EXTERNAL = start();

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Backups backups;
    @LocalServerPort
    int port;

    static EmbeddedDatabase start() {
        try {
            return EmbeddedDatabase.start(Files.createTempDirectory("integra-external"), false).ephemeral(true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.USER);
        registry.add("spring.datasource.password", EXTERNAL::password);
    }

    @AfterAll
    static void stop() {
        EXTERNAL.close();
    }

    @Test
    void usesTheGivenServerAndStartsNoneOfItsOwn() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        JdbcClient external = JdbcClient.create(dataSource);
        Integer port = external.sql("SELECT inet_server_port()").query(Integer.class).single();
        assertThat(EXTERNAL.jdbcUrl()).contains(":" + port + "/");
        assertThat(external.sql("SELECT count(*) FROM reference.province").query(Long.class).single())
                .as("Flyway migrated the external server").isEqualTo(107);
    }

    @Test
    void refusesBackupsAndSaysToUseTheServersOwnToolsForNoLocalDataFolderIsAssumed() {
        ApiClient admin = ApiClient.as(port, "admin", "admin-test-password");

        HttpResponse<String> created = admin.post("/api/v1/admin/backups", "application/json", new byte[0]);
        HttpResponse<String> listed = admin.get("/api/v1/admin/backups");

        assertThat(backups.available()).isFalse();
        for (HttpResponse<String> response : java.util.List.of(created, listed)) {
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(admin.json(response).get("detail").asString())
                    .isEqualTo("Integra usa un server PostgreSQL esterno e non ha una cartella dei dati propria: esegui il "
                            + "backup con gli strumenti del server (pg_basebackup o pg_dump), come spiegato nel README.");
        }
    }
}
