package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.ApiTokens;
import it.integra.platform.BrowserHttpSession;
import it.integra.platform.CurrentUser;
import it.integra.platform.IssueApiToken;
import it.integra.platform.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests per second of one API report on the demo dataset (scale 1) with N concurrent clients, each
 * on its own keep-alive connection, authenticated three ways: HTTP Basic (BCrypt on every request), a
 * Bearer token (one lookup by SHA-256), and a page's signed-in session cookie (one primary-key lookup),
 * the last as the reference of what the report itself costs. The modes take turns for {@value #ROUNDS}
 * rounds, each after {@value #WARM_UP_SECONDS} s of warm-up. Not part of the test suite (Surefire
 * skips *Benchmark*); run it with {@code ./mvnw -B -o test -Dtest=ApiAuthenticationBenchmark
 * [-Dclients=8] [-Dseconds=15]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "integra.demo=true")
class ApiAuthenticationBenchmark {

    static final String REPORT = "/api/v1/reports/funnel?programme=PUOI&asOf=2023-12-31";
    static final int WARM_UP_SECONDS = 3;
    /** The modes take turns, so that a change of the machine's load shows as a difference between rounds. */
    static final int ROUNDS = 2;

    @Value("${clients:8}")
    int clients;
    @Value("${seconds:15}")
    int seconds;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void comparesBasicBearerAndSession() throws Exception {
        long adminId = jdbc.sql("SELECT id FROM platform.app_user WHERE username = 'admin'").query(Long.class).single();
        CurrentUser admin = new CurrentUser(adminId, "admin", "Amministratore", Role.ADMIN, null, null);
        String secret = tokens.issue(new IssueApiToken(adminId, "benchmark", LocalDate.now(java.time.ZoneId.of("Europe/Rome")).plusDays(1)), admin).secret();
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
        String session = sessionCookie();

        Map<String, UnaryOperator<HttpRequest.Builder>> modes = new LinkedHashMap<>();
        modes.put("Basic", r -> r.header("Authorization", basic));
        modes.put("Bearer", r -> r.header("Authorization", "Bearer " + secret));
        modes.put("session cookie", r -> r.header("Cookie", "JSESSIONID=" + session));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        modes.keySet().forEach(mode -> rates.put(mode, new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (var mode : modes.entrySet()) {
                run(mode.getValue(), WARM_UP_SECONDS);
                rates.get(mode.getKey()).add(run(mode.getValue(), seconds));
            }
        }

        StringBuilder table = new StringBuilder("| authentication | requests per second, round by round |\n|---|---|\n");
        rates.forEach((mode, rounds) -> table.append("| ").append(mode).append(" | ").append(String.join(" / ",
                rounds.stream().map(rate -> String.format("%.0f", rate)).toList())).append(" |\n"));
        System.out.printf("%nBENCHMARK GET %s, %d clients, %d s each; load average %s%n%s%n", REPORT, clients, seconds,
                Files.readString(Path.of("/proc/loadavg")).trim(), table);
        assertThat(rates.get("Bearer").get(ROUNDS - 1)).isGreaterThan(rates.get("Basic").get(ROUNDS - 1));
    }

    /** Requests per second answered 200 by all the clients together during the given time. */
    private double run(UnaryOperator<HttpRequest.Builder> authenticate, int duration) throws Exception {
        HttpRequest request = authenticate.apply(HttpRequest.newBuilder(URI.create("http://localhost:" + port + REPORT))).GET().build();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                counts.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    int ok = 0;
                    while (System.nanoTime() < end) {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        ok++;
                    }
                    return ok;
                }));
            }
            long total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total / (double) duration;
        } finally {
            pool.shutdownNow();
        }
    }

    private String sessionCookie() {
        BrowserHttpSession browser = new BrowserHttpSession(port).login("admin", "admin-test-password");
        return browser.sessionId().orElseThrow();
    }
}
