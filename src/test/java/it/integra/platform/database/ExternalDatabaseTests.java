package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code SPRING_DATASOURCE_URL} the application starts no PostgreSQL of its own and migrates and
 * uses the server it is given (here a server this test starts, standing in for an external one).
 */
@SpringBootTest
class ExternalDatabaseTests {

    static final EmbeddedDatabase EXTERNAL = start();

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

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
}
