package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.platform.BrowserHttpSession;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The embedded PostgreSQL killed with SIGKILL while the application runs: at once health is DOWN, and
 * the API, the pages and the login answer 503 (service temporarily unavailable), never a 500; then the
 * watchdog starts the server again on the same folder and port, the application serves again, and what
 * was committed before the kill is there. The watchdog's schedule is set far off and its look is made by
 * the test, so that the server cannot come back before the answers while it is down are seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"integra.database.durable=true", "integra.database.watchdog-interval=1h", "spring.datasource.hikari.connection-timeout=2000"})
class DatabaseKilledTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DatabaseWatchdog watchdog;
    @Autowired
    EmbeddedDatabase database;

    @Test
    void aKilledServerIsAnsweredAs503AndStartedAgainWithItsCommittedData() throws Exception {
        String admin = new TestUsers(jdbc, encoder).create("killed", Role.ADMIN);
        BrowserHttpSession signedIn = new BrowserHttpSession(port).login(admin, TestUsers.PASSWORD);
        ApiClient api = ApiClient.as(port, admin, TestUsers.PASSWORD);
        jdbc.sql("""
                INSERT INTO provider.provider (code, tax_code, name, type, province)
                VALUES ('KILLED-1', '12345678903', 'Ente scritto prima del kill', 'TRAINING_BODY', 'RM')""").update();
        assertThat(api.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        int serverPort = database.port();

        BrowserHttpSession visitor = new BrowserHttpSession(port); // opened the login page before the fault
        visitor.get("/login");
        ProcessHandle postmaster = postmaster();
        assertThat(postmaster.destroyForcibly()).isTrue(); // SIGKILL
        postmaster.onExit().get(30, TimeUnit.SECONDS);

        // as a load balancer or an orchestrator asks: without credentials (with them, checking the
        // credentials needs the database and the answer is the service-unavailable 503 instead)
        HttpResponse<String> health = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(503);

        HttpResponse<String> read = api.get("/api/v1/users");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.json(read).get("status").asInt()).isEqualTo(503);

        HttpResponse<String> page = signedIn.get("/");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Servizio temporaneamente non disponibile", "it-header-wrapper", "Autorità di gestione dei programmi", "it-brand-title\">Integra<");

        HttpResponse<String> loginPage = new BrowserHttpSession(port).get("/login");
        assertThat(loginPage.statusCode()).as("the login page: its session lives in the database").isEqualTo(503);
        assertThat(loginPage.body()).contains("Servizio temporaneamente non disponibile");
        HttpResponse<String> login = visitor.postForm("/login", Map.of("username", admin, "password", TestUsers.PASSWORD));
        assertThat(login.statusCode()).as("a login while the database is down").isEqualTo(503);
        assertThat(login.body()).contains("Servizio temporaneamente non disponibile");

        watchdog.look();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = api.get("/api/v1/users").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).as("the API after the restart").isEqualTo(200);
        assertThat(database.port()).as("the same port, so the pool's URL holds").isEqualTo(serverPort);
        assertThat(postmaster().pid()).isNotEqualTo(postmaster.pid());
        assertThat(api.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        // the session was committed just before the kill: with the tests' usual non-durable server
        // (synchronous_commit off) it was lost in some runs; a real data folder is durable
        assertThat(signedIn.get("/").statusCode()).as("the session opened before the fault").isEqualTo(200);
        assertThat(new BrowserHttpSession(port).tryLogin(admin, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT name FROM provider.provider WHERE code = 'KILLED-1'").query(String.class).list())
                .containsExactly("Ente scritto prima del kill");
    }

    private ProcessHandle postmaster() throws Exception {
        Path pgData = Path.of(jdbc.sql("SELECT setting FROM pg_settings WHERE name = 'data_directory'")
                .query(String.class).single());
        String pid = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }
}
