package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.load.HeavyWork;
import it.integra.platform.load.WorkLimiter;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bursts are bounded: a class of heavy work with its permits taken answers 503 with Retry-After (a
 * problem on the API, the error page in the user's language), a statement longer than the limit is
 * cancelled and answered 503 on a connection that then serves the next request, and a heavy request
 * whose client has gone is not run. One permit per class, and a pool of two connections that the test
 * can take both of, to find the one whose statement was cancelled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "integra.load.reports-permits=1", "integra.load.documents-permits=1", "integra.load.wait-for-permit=1s",
    "integra.load.statement-timeout=1s", "integra.load.retry-after=7s",
    "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.minimum-idle=2",
    "spring.datasource.hikari.connection-timeout=1000"})
@Import(OverloadTests.Routes.class)
class OverloadTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Routes of this test only: a heavy one (by its path) that holds or counts, and slow SQL. */
    @TestConfiguration
    @RestController
    static class Routes {

        final AtomicInteger runs = new AtomicInteger();
        final AtomicLong lastPid = new AtomicLong();
        volatile CountDownLatch held = new CountDownLatch(0);
        volatile CountDownLatch holding = new CountDownLatch(1);
        private final JdbcClient jdbc;

        Routes(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/api/v1/published/test-held")
        String held() throws InterruptedException {
            holding.countDown();
            held.await(30, TimeUnit.SECONDS);
            return "done";
        }

        @GetMapping("/api/v1/published/test-count")
        String count() {
            return "run " + runs.incrementAndGet();
        }

        @GetMapping({"/api/v1/test-slow", "/test-slow"})
        String slow() {
            lastPid.set(pid());
            return jdbc.sql("SELECT pg_sleep(30)::text").query(String.class).single();
        }

        final AtomicInteger cancelled = new AtomicInteger();

        /** Heavy (a document) and without a statement limit, as exports are: only the client's going can stop it. */
        @GetMapping("/api/v1/exports/test-sleep")
        String sleep() {
            try {
                return jdbc.sql("SELECT pg_sleep(60)::text").query(String.class).single();
            } catch (RuntimeException e) {
                cancelled.incrementAndGet();
                throw e;
            }
        }

        @GetMapping("/api/v1/test-pid")
        String connection() {
            return pid() + " " + jdbc.sql("SELECT current_setting('statement_timeout')").query(String.class).single();
        }

        private long pid() {
            return jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    WorkLimiter limiter;
    @Autowired
    DataSource dataSource;
    @Autowired
    Routes routes;

    String admin;
    Browser api;
    Browser page;

    @BeforeEach
    void logIn() {
        admin = new TestUsers(jdbc, encoder).create("load", Role.ADMIN);
        api = Browser.basic(port, admin, TestUsers.PASSWORD);
        page = Browser.loggedIn(port, admin, TestUsers.PASSWORD);
    }

    @Test
    void aReportWhileTheReportsPermitIsHeldIsA503ProblemWithRetryAfterAndRunsOnceItIsFree() throws Exception {
        routes.held = new CountDownLatch(1);
        routes.holding = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> holder =
                CompletableFuture.supplyAsync(() -> Browser.anonymous(port).get("/api/v1/published/test-held"));
        assertThat(routes.holding.await(20, TimeUnit.SECONDS)).as("the holding request runs").isTrue();

        HttpResponse<String> refused = api.get("/api/v1/reports/funnel?programme=PUOI");
        HttpResponse<String> otherClass = api.get("/api/v1/exports/calls", "text/csv");
        routes.held.countDown();

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asString()).isEqualTo("Servizio momentaneamente non disponibile");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/reports/funnel");
        assertThat(otherClass.statusCode()).as("documents have permits of their own").isEqualTo(200);
        assertThat(holder.get(20, TimeUnit.SECONDS).body()).isEqualTo("done");
        assertThat(api.get("/api/v1/reports/funnel?programme=PUOI").statusCode()).isEqualTo(200);
        assertThat(limiter.available(HeavyWork.REPORTS)).isEqualTo(1);
    }

    @Test
    void theMonitoraggioPageWhileItsPermitIsHeldIsThe503PageInTheUsersLanguage() {
        assertThat(limiter.acquire(HeavyWork.REPORTS, Duration.ZERO)).isTrue();
        HttpResponse<String> italian;
        HttpResponse<String> english;
        try {
            italian = page.get("/monitoring");
            page.english();
            english = page.get("/monitoring");
        } finally {
            limiter.release(HeavyWork.REPORTS);
        }

        assertThat(italian.statusCode()).isEqualTo(503);
        assertThat(italian.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(italian.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(italian.body()).contains("Riprova tra qualche secondo");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Try again in a few seconds");
        assertThat(page.get("/monitoring").statusCode()).as("once the permit is free").isEqualTo(200);
    }

    @Test
    void aStatementLongerThanTheLimitIsCancelledAnswered503AndItsConnectionServesTheNextRequest() throws SQLException {
        HttpResponse<String> cancelled = api.get("/api/v1/test-slow");

        assertThat(cancelled.statusCode()).isEqualTo(503);
        assertThat(cancelled.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(JSON.readTree(cancelled.body()).get("title").asString())
                .isEqualTo("Servizio momentaneamente non disponibile");
        assertThat(api.get("/api/v1/test-pid").statusCode()).isEqualTo(200);
        assertThat(pooledConnections()).as("the cancelled connection is back in the pool, usable, with no limit left set")
                .contains(routes.lastPid.get() + " 0");

        HttpResponse<String> slowPage = page.get("/test-slow");
        assertThat(slowPage.statusCode()).isEqualTo(503);
        assertThat(slowPage.body()).contains("Riprova tra qualche secondo");
    }

    @Test
    void aHeavyRequestWhoseClientHasGoneWhileItWaitedIsNotRun() throws Exception {
        int before = routes.runs.get();
        long abandonedBefore = limiter.abandoned();
        assertThat(limiter.acquire(HeavyWork.REPORTS, Duration.ZERO)).isTrue();
        try (Socket client = new Socket("localhost", port)) {
            send(client, "/api/v1/published/test-count");
            await(() -> limiter.waiting(HeavyWork.REPORTS) == 1);
        } finally {
            limiter.release(HeavyWork.REPORTS);
        }
        await(() -> limiter.abandoned() == abandonedBefore + 1 || routes.runs.get() > before);

        assertThat(routes.runs.get()).as("the work of the request whose client left").isEqualTo(before);
        assertThat(limiter.abandoned()).isEqualTo(abandonedBefore + 1);
        assertThat(limiter.available(HeavyWork.REPORTS)).isEqualTo(1);
    }

    @Test
    void aHeavyRequestWhoseClientStaysRunsAfterItsWait() throws Exception {
        int before = routes.runs.get();
        assertThat(limiter.acquire(HeavyWork.REPORTS, Duration.ZERO)).isTrue();
        try (Socket client = new Socket("localhost", port)) {
            send(client, "/api/v1/published/test-count");
            await(() -> limiter.waiting(HeavyWork.REPORTS) == 1);
            limiter.release(HeavyWork.REPORTS);
            String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200").endsWith("run " + (before + 1));
        }
    }

    @Test
    void aPageThatFindsNoPooledConnectionFreeIsA503AndTheNextOneIsServed() throws SQLException {
        HttpResponse<String> refused;
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                taken.add(dataSource.getConnection());
            }
            refused = page.get("/participants");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(refused.body()).contains("Riprova tra qualche secondo");
        assertThat(page.get("/participants").statusCode()).isEqualTo(200);
    }

    /** Every connection of the pool (all taken at once), each as its server process id and statement limit. */
    private List<String> pooledConnections() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Connection connection = dataSource.getConnection();
                taken.add(connection);
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery(
                             "SELECT pg_backend_pid(), current_setting('statement_timeout')")) {
                    row.next();
                    answers.add(row.getLong(1) + " " + row.getString(2));
                }
            }
            return answers;
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    @Test
    void theRunningStatementOfAHeavyRequestWhoseClientGoesIsCancelled() throws Exception {
        try (Socket client = new Socket("localhost", port)) {
            send(client, "/api/v1/exports/test-sleep", "Authorization: Basic " + Base64.getEncoder().encodeToString(
                    (admin + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n");
            await(() -> sleeping() == 1);
        }
        // the route sees its statement fail (it would sleep 60 s otherwise), and the server no longer runs it
        await(() -> routes.cancelled.get() == 1);

        assertThat(sleeping()).isZero();
        await(() -> limiter.available(HeavyWork.DOCUMENTS) == 1);
    }

    /** Statements of the server sleeping for {@link Routes#sleep()}. */
    private int sleeping() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'")
                .query(Integer.class).single();
    }

    private static void send(Socket client, String path) throws Exception {
        send(client, path, "");
    }

    private static void send(Socket client, String path, String headers) throws Exception {
        OutputStream out = client.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Waits for a condition of the server's state (bounded), without asserting how long it took. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertThat(condition.getAsBoolean()).as("the server reached the expected state").isTrue();
    }
}
