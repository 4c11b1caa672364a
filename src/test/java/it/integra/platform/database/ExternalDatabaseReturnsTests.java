package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external database (here a server this test starts, standing in for one) that dies and comes back:
 * the application does not restart it, answers 503 while it is gone, and serves again once it returns,
 * with nothing remembered of the dead state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=2000")
@DirtiesContext // closed with the test, not at the end of the run when its server is long gone
class ExternalDatabaseReturnsTests {

    static final EmbeddedDatabase EXTERNAL = ExternalDatabaseTests.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext context;

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
    void answers503WhileTheExternalServerIsGoneAndServesAgainWhenItReturns() throws Exception {
        assertThat(context.getBeanNamesForType(DatabaseWatchdog.class)).as("no watchdog for an external server").isEmpty();
        String admin = new TestUsers(jdbc, encoder).create("external", Role.ADMIN);
        ApiClient api = ApiClient.as(port, admin, TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/users").statusCode()).isEqualTo(200);

        ProcessHandle postmaster = postmaster();
        assertThat(postmaster.destroyForcibly()).isTrue();
        postmaster.onExit().get(30, TimeUnit.SECONDS);

        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(503);
        HttpResponse<String> read = api.get("/api/v1/users");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Retry-After")).isPresent();
        Thread.sleep(1000);
        assertThat(EXTERNAL.running()).as("nobody restarted the external server").isFalse();

        assertThat(EXTERNAL.restartIfStopped()).isTrue(); // its operators bring it back

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = api.get("/api/v1/users").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).as("the API once the server is back").isEqualTo(200);
        assertThat(api.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static ProcessHandle postmaster() throws Exception {
        Path pgData = Path.of(JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                        new org.postgresql.Driver(), EXTERNAL.jdbcUrl(), EmbeddedDatabase.USER, EXTERNAL.password()))
                .sql("SELECT setting FROM pg_settings WHERE name = 'data_directory'").query(String.class).single());
        String pid = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }
}
