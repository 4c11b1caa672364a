package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.BrowserHttpSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Many users at once on a server already running from the packaged jar (where the jar's class loading
 * matters): {@code users} signed-in users on the Monitoraggio page, and {@code users} API clients on
 * the funnel report through an API token, for the programme and date of {@link BurstBenchmark#PERIOD}.
 * Each first times one request alone ({@value LoadRun#ALONE} in a row, the median), then runs the
 * users for {@code seconds} ({@link LoadRun}). Every answer 200 is checked for the funnel's figures as
 * plain SQL over the record tables counts them in the same run; the page must show the clearances
 * requested. Targets: the page's throughput at least 80% of what its time alone allows on the machine's
 * cores, p95 under 2 s; the API's p95 under 300 ms. Not part of the test suite (Surefire skips
 * *Benchmark*); start the jar on a kept scale-100 database, then:
 * <pre>
 * java -jar target/integra.jar --integra.data-dir=/work/data100-copy --server.port=18172
 * ./mvnw -B -o test -Dtest=ManyUsersBenchmark -Dbase=http://localhost:18172 -Ddata=/work/data100-copy
 *        [-Dusers=50] [-Dseconds=60] [-Dthink=1000]
 * </pre>
 * {@code data} is the jar's data folder: the benchmark reads the embedded PostgreSQL's port and
 * password there to add its administrator and count the figures.
 */
class ManyUsersBenchmark {

    static final String PAGE = "/monitoring?" + BurstBenchmark.PERIOD;
    static final String REPORT = "/api/v1/reports/funnel?" + BurstBenchmark.PERIOD;
    static final String PROGRAMME = "PUOI";
    static final String PASSWORD = "many-users-password-1234";
    static final long PAGE_P95_MS = 2_000;
    static final long REPORT_P95_MS = 300;
    static final String[] FIGURES = {"providersApplied", "providersEligible", "providersWithClearance",
        "clearancesRequested", "clearancesGranted", "internshipsStarted", "cancelledAfterClearance"};

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final Path DATA = Path.of(System.getProperty("data", "/work/data100"));
    static final int USERS = Integer.getInteger("users", 50);
    static final int SECONDS = Integer.getInteger("seconds", 60);
    static final int THINK = Integer.getInteger("think", 1000);
    static final int CORES = Integer.getInteger("cores", Runtime.getRuntime().availableProcessors());

    static String user;
    static Map<String, Long> funnel;

    @BeforeAll
    static void administratorAndPlainSqlFigures() throws Exception {
        try (Connection db = database()) {
            user = "many-users-" + ProcessHandle.current().pid();
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO platform.app_user (username, display_name, password_hash, role)
                    VALUES (?, ?, ?, 'ADMIN')""")) {
                insert.setString(1, user);
                insert.setString(2, "Benchmark " + user);
                insert.setString(3, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
                insert.executeUpdate();
            }
            funnel = plainFunnel(db);
        }
        System.out.printf("%nBENCHMARK plain SQL funnel of %s: %s%n", PROGRAMME, funnel);
    }

    @Test
    void monitoringPageAtManyUsers() throws Exception {
        String requested = Long.toString(funnel.get("clearancesRequested"));
        String grouped = String.format(java.util.Locale.ITALIAN, "%,d", funnel.get("clearancesRequested"));
        Predicate<String> showsFigure = body -> body.contains(">" + requested + "<") || body.contains(">" + grouped + "<");
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            cookies.add("JSESSIONID=" + new BrowserHttpSession(port()).login(user, PASSWORD).sessionId().orElseThrow());
        }
        LoadRun run = new LoadRun(BASE + PAGE, i -> r -> r.header("Cookie", cookies.get(i % cookies.size())), showsFigure,
                ManyUsersBenchmark::serverCpuNanos);
        LoadRun.Result result = run.measure(USERS, SECONDS, THINK);
        double allowed = CORES * 1000.0 / result.aloneMs();
        System.out.printf("%nBENCHMARK GET %s, %d signed-in users for %d s, think %d ms, at %s; load average %s%n%s"
                        + "throughput %.2f pages/s against %.2f allowed by the time alone on %d cores (%.0f%%)%n",
                PAGE, USERS, SECONDS, THINK, BASE, LoadRun.loadAverage(), result.table(), result.perSecond(), allowed,
                CORES, 100 * result.perSecond() / allowed);
        SoftAssertions targets = new SoftAssertions();
        targets.assertThat(result.wrong()).as("answers 200 without the figure " + requested).isZero();
        targets.assertThat(result.failures()).as("5xx other than 503, and no answer").isZero();
        targets.assertThat(result.perSecond()).as("pages per second").isGreaterThanOrEqualTo(0.8 * allowed);
        targets.assertThat(result.p95()).as("p95 ms").isLessThan(PAGE_P95_MS);
        targets.assertAll();
    }

    @Test
    void funnelThroughATokenAtManyClients() throws Exception {
        String secret = issueToken();
        LoadRun run = new LoadRun(BASE + REPORT, i -> r -> r.header("Authorization", "Bearer " + secret),
                ManyUsersBenchmark::agreesWithPlainSql, ManyUsersBenchmark::serverCpuNanos);
        LoadRun.Result result = run.measure(USERS, SECONDS, 0);
        System.out.printf("%nBENCHMARK GET %s with a Bearer token, %d clients for %d s, no think time, at %s; "
                + "load average %s%n%s", REPORT, USERS, SECONDS, BASE, LoadRun.loadAverage(), result.table());
        SoftAssertions targets = new SoftAssertions();
        targets.assertThat(result.wrong()).as("answers 200 whose figures differ from plain SQL").isZero();
        targets.assertThat(result.failures()).as("5xx other than 503, and no answer").isZero();
        targets.assertThat(result.p95()).as("p95 ms").isLessThan(REPORT_P95_MS);
        targets.assertAll();
    }

    /** The server's CPU time so far, from its metrics (read as the benchmark's administrator). */
    static long serverCpuNanos() {
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/prometheus"))
                    .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher cpu = Pattern.compile("(?m)^process_cpu_time_ns_total (\\S+)$").matcher(metrics);
            if (!cpu.find()) {
                throw new AssertionError("no process_cpu_time_ns_total in the server's metrics");
            }
            return (long) Double.parseDouble(cpu.group(1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether each figure of the JSON funnel is the plain SQL count. */
    static boolean agreesWithPlainSql(String body) {
        for (String figure : FIGURES) {
            Matcher value = Pattern.compile("\"" + figure + "\"\\s*:\\s*(\\d+)").matcher(body);
            if (!value.find() || Long.parseLong(value.group(1)) != funnel.get(figure)) {
                return false;
            }
        }
        return true;
    }

    /** A token for the benchmark's administrator, issued through the API with HTTP Basic. */
    private static String issueToken() throws Exception {
        long id;
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM platform.app_user WHERE username = ?")) {
            query.setString(1, user);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(1).toString();
        HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":" + id + ",\"name\":\"many users\",\"expiresOn\":\""
                        + tomorrow + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        return secret.group(1);
    }

    /**
     * The funnel of the programme over the record tables, written here without the application's queries:
     * providers that applied to one of its calls and were found eligible; clearances requested, granted
     * (granted then, whatever they became: granted or cancelled), cancelled; providers with one granted;
     * internships started on them.
     */
    private static Map<String, Long> plainFunnel(Connection db) throws SQLException {
        String calls = "(SELECT id FROM programme.call WHERE programme_code = '" + PROGRAMME + "')";
        Map<String, Long> figures = new LinkedHashMap<>();
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT (SELECT count(DISTINCT provider_id) FROM provider.application WHERE call_id IN " + calls + "), "
                        + "(SELECT count(DISTINCT provider_id) FROM provider.application WHERE outcome = 'ELIGIBLE' "
                        + "AND call_id IN " + calls + "), "
                        + "(SELECT count(DISTINCT provider_id) FROM clearance.clearance WHERE status IN ('GRANTED', "
                        + "'CANCELLED') AND call_id IN " + calls + "), "
                        + "(SELECT count(*) FROM clearance.clearance WHERE call_id IN " + calls + "), "
                        + "(SELECT count(*) FROM clearance.clearance WHERE status IN ('GRANTED', 'CANCELLED') "
                        + "AND call_id IN " + calls + "), "
                        + "(SELECT count(*) FROM internship.internship WHERE clearance_id IN (SELECT id FROM "
                        + "clearance.clearance WHERE call_id IN " + calls + ")), "
                        + "(SELECT count(*) FROM clearance.clearance WHERE status = 'CANCELLED' AND call_id IN " + calls + ")")) {
            rs.next();
            for (int i = 0; i < FIGURES.length; i++) {
                figures.put(FIGURES[i], rs.getLong(i + 1));
            }
        }
        return figures;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The embedded PostgreSQL of the running jar: its port from {@code postmaster.pid}, its password beside. */
    private static Connection database() throws Exception {
        List<String> pid = Files.readAllLines(DATA.resolve("pgdata").resolve("postmaster.pid"));
        String password = Files.readAllLines(DATA.resolve("postgres.password")).get(0);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/integra", "postgres",
                password);
    }

    private static int port() {
        return URI.create(BASE).getPort();
    }
}
