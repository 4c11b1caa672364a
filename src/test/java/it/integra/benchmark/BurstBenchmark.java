package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.BrowserHttpSession;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signed-in users clicking through the application at once on a kept demo database (built once with
 * {@code --integra.demo=true --integra.demo.scale=100}): each user, on its own session and keep-alive
 * connection, opens one of six screens at random (home, the people and the clearance lists, a person's
 * page, Monitoraggio, an API report read with the session), thinks about {@code think} ms (half to one
 * and a half times, at random) and clicks again, and gives up on an answer after 10 s. First
 * {@code users} users for {@code seconds}, then a burst of {@code burst} users for {@code burstSeconds};
 * when the burst's users have left, one page and one report are timed. Not part of the test suite
 * (Surefire skips *Benchmark*); run it with
 * {@code ./mvnw -B -o test -Dtest=BurstBenchmark -Ddata=/work/data100 [-Dusers=50] [-Dburst=200]
 * [-Dseconds=60] [-DburstSeconds=30] [-Dthink=1000]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "integra.data-dir=${data:/work/data100}", "integra.database.ephemeral=false"})
class BurstBenchmark {

    static final String PERIOD = "programme=PUOI&asOf=2023-12-31";
    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final List<String> SCREENS = List.of("home", "people", "clearances", "person", "monitoring", "api report");

    @Value("${users:50}")
    int users;
    @Value("${burst:200}")
    int burst;
    @Value("${seconds:60}")
    int seconds;
    @Value("${burstSeconds:30}")
    int burstSeconds;
    @Value("${think:1000}")
    int think;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    List<Long> people;

    @Test
    void usersAtOnceAndABurst() throws Exception {
        people = jdbc.sql("SELECT id FROM participant.participant ORDER BY id LIMIT 5000").query(Long.class).list();
        String user = new TestUsers(jdbc, encoder).create("burst", Role.ADMIN);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < Math.max(users, burst); i++) {
            sessions.add(new BrowserHttpSession(port).login(user, TestUsers.PASSWORD).sessionId().orElseThrow());
        }
        run(sessions.subList(0, Math.min(10, users)), 15);
        System.out.printf("%nBENCHMARK one user alone, each screen 5 times in turn: %s; load average %s%n",
                alone(sessions.get(0)), loadAverage());
        Stats steady = run(sessions.subList(0, users), seconds);
        String steadyLoad = loadAverage();
        Stats peak = run(sessions.subList(0, burst), burstSeconds);
        String peakLoad = loadAverage();
        System.out.printf("%nBENCHMARK %d users for %d s, think %d ms; load average at the end %s%n%s", users, seconds,
                think, steadyLoad, steady.table());
        System.out.printf("%nBENCHMARK burst of %d users for %d s; load average at the end %s%n%s", burst, burstSeconds,
                peakLoad, peak.table());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] apiAfter = request(http, sessions.get(0), url("api report"));
        long[] pageAfter = request(http, sessions.get(0), url("monitoring"));
        System.out.printf("%nBENCHMARK after the burst: API report %d in %d ms, Monitoraggio %d in %d ms%n",
                apiAfter[0], apiAfter[1], pageAfter[0], pageAfter[1]);
        assertThat(steady.count()).isPositive();
    }

    /** Each screen's answers, one request at a time, as "screen: ms ms ms ..." (a status other than 200 shown). */
    private String alone(String session) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        for (String screen : SCREENS) {
            StringBuilder line = new StringBuilder(screen).append(":");
            for (int i = 0; i < 5; i++) {
                long[] answer = request(http, session, url(screen, random));
                line.append(' ').append(answer[1]).append(answer[0] == 200 ? "" : " (" + answer[0] + ")");
            }
            lines.add(line.toString());
        }
        return String.join("; ", lines);
    }

    /** The users at once for the given time; each stops clicking at the end and finishes its last request. */
    private Stats run(List<String> sessions, int duration) throws Exception {
        Stats stats = new Stats();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                String session = sessions.get(i);
                Random random = new Random(i);
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    Thread.sleep(random.nextInt(Math.max(1, think)));
                    while (System.nanoTime() < end) {
                        String screen = SCREENS.get(random.nextInt(SCREENS.size()));
                        stats.add(screen, request(http, session, url(screen, random)));
                        Thread.sleep(think / 2 + random.nextInt(Math.max(1, think)));
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
            return stats;
        } finally {
            pool.shutdownNow();
        }
    }

    private String url(String screen) {
        return url(screen, new Random(0));
    }

    private String url(String screen, Random random) {
        return "http://localhost:" + port + switch (screen) {
            case "home" -> "/";
            case "people" -> "/participants";
            case "clearances" -> "/clearances";
            case "person" -> "/participants/" + people.get(random.nextInt(people.size()));
            case "monitoring" -> "/monitoring?" + PERIOD;
            default -> "/api/v1/reports/funnel?" + PERIOD;
        };
    }

    /** Status and milliseconds of one request; status 0 for no answer within the user's patience. */
    private static long[] request(HttpClient http, String session, String url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session)
                .timeout(PATIENCE).GET().build();
        long start = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (HttpTimeoutException e) {
            status = 0;
        } catch (java.io.IOException e) {
            status = -1;
        }
        return new long[] {status, (System.nanoTime() - start) / 1_000_000};
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** Times of the answered requests (200) per screen, and the count of every other outcome. */
    static final class Stats {
        private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
        private final Map<String, Map<Long, Integer>> others = new ConcurrentHashMap<>();

        void add(String screen, long[] answer) {
            if (answer[0] == 200) {
                times.computeIfAbsent(screen, s -> java.util.Collections.synchronizedList(new ArrayList<>())).add(answer[1]);
            } else {
                others.computeIfAbsent(screen, s -> new ConcurrentHashMap<>()).merge(answer[0], 1, Integer::sum);
            }
        }

        int count() {
            return times.values().stream().mapToInt(List::size).sum();
        }

        String table() {
            StringBuilder table = new StringBuilder(
                    "| screen | answered 200 | p50 ms | p95 ms | max ms | other outcomes (status: count; 0 = gave up after 10 s) |\n"
                            + "|---|---|---|---|---|---|\n");
            for (String screen : SCREENS) {
                List<Long> sorted = new ArrayList<>(times.getOrDefault(screen, List.of()));
                sorted.sort(null);
                table.append("| ").append(screen).append(" | ").append(sorted.size()).append(" | ")
                        .append(percentile(sorted, 50)).append(" | ").append(percentile(sorted, 95)).append(" | ")
                        .append(sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1)).append(" | ")
                        .append(new TreeMap<>(others.getOrDefault(screen, Map.of()))).append(" |\n");
            }
            return table.toString();
        }

        private static String percentile(List<Long> sorted, int percent) {
            if (sorted.isEmpty()) {
                return "-";
            }
            return Long.toString(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)));
        }
    }
}
