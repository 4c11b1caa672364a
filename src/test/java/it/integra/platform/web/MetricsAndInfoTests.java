package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.shared.TaxCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The metrics (Prometheus) and the build information: administrators read them with HTTP Basic or a
 * token, as a scraper would; nobody else does. Health stays open and exactly as the contract says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsAndInfoTests {

    private static final String ADMIN = basic("admin", "admin-test-password");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();
    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(jdbc, encoder);
    }

    @Test
    void administratorsScrapeHttpPoolAndJvmMetrics() throws Exception {
        send(get("/login"));

        HttpResponse<String> scrape = send(get("/actuator/prometheus").header("Authorization", ADMIN));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(scrape.body())
                .containsPattern("(?m)^http_server_requests_seconds_count\\{.*method=\"GET\".*uri=\"/login\".*} \\d")
                .containsPattern("(?m)^hikaricp_connections\\{pool=\"integra\"} \\d")
                .containsPattern("(?m)^jvm_memory_used_bytes\\{.*} \\d");
    }

    @Test
    void administratorsScrapeWithAnApiTokenToo() throws Exception {
        String token = issueToken();

        HttpResponse<String> scrape = send(get("/actuator/prometheus").header("Authorization", "Bearer " + token));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void othersAreRefusedTheMetricsAndTheBuildInformation() throws Exception {
        String officer = basic(users.create("metrics-officer", Role.OFFICER), TestUsers.PASSWORD);
        String analyst = basic(users.create("metrics-analyst", Role.ANALYST), TestUsers.PASSWORD);

        for (String path : new String[] {"/actuator/prometheus", "/actuator/info"}) {
            assertThat(send(get(path)).statusCode()).as(path).isEqualTo(401);
            assertThat(send(get(path).header("Authorization", officer)).statusCode()).as(path).isEqualTo(403);
            assertThat(send(get(path).header("Authorization", analyst)).statusCode()).as(path).isEqualTo(403);
            assertThat(send(get(path).header("Authorization", basic("admin", "not-the-password"))
                    .header("X-Forwarded-For", "203.0.113.77")).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void healthStaysOpenAndExactlyAsTheContractSays() throws Exception {
        HttpResponse<String> health = send(get("/actuator/health"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void infoShowsTheVersionOfTheBuild() throws Exception {
        HttpResponse<String> info = send(get("/actuator/info").header("Authorization", ADMIN));

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"artifact\":\"integra\"", "\"version\":\"" + projectVersion() + "\"");
    }

    @Test
    void countsImportsByDatasetAndOutcomeAndTheRowsWritten() throws Exception {
        double imported = scraped("integra_imports_seconds_count", "dataset=\"providers\",outcome=\"imported\"");
        double rejected = scraped("integra_imports_seconds_count", "dataset=\"providers\",outcome=\"rejected\"");
        double inserted = scraped("integra_import_rows_total", "change=\"inserted\",dataset=\"providers\"");

        String code = "OBS-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        assertThat(importProviders("provider_code,tax_code,name,type,province\n"
                + code + "," + numericTaxCode() + ",Ente delle metriche,TRAINING_BODY,RM\n"
                + code + "-2," + numericTaxCode() + ",Ente delle metriche due,TRAINING_BODY,TO\n")).isEqualTo(200);
        assertThat(importProviders("provider_code,tax_code,name,type,province\n"
                + code + "-3,not-a-code,Ente respinto,TRAINING_BODY,RM\n")).isEqualTo(422);

        assertThat(scraped("integra_imports_seconds_count", "dataset=\"providers\",outcome=\"imported\""))
                .isEqualTo(imported + 1);
        assertThat(scraped("integra_imports_seconds_count", "dataset=\"providers\",outcome=\"rejected\""))
                .isEqualTo(rejected + 1);
        assertThat(scraped("integra_import_rows_total", "change=\"inserted\",dataset=\"providers\""))
                .isEqualTo(inserted + 2);
    }

    @Test
    void timesEachReportOnceAndASummaryNotAlsoAsAFunnel() throws Exception {
        double summaries = scraped("integra_reports_seconds_count", "report=\"summary\"");
        double funnels = scraped("integra_reports_seconds_count", "report=\"funnel\"");

        assertThat(send(get("/api/v1/reports/summary").header("Authorization", ADMIN)).statusCode()).isEqualTo(200);

        assertThat(scraped("integra_reports_seconds_count", "report=\"summary\"")).isEqualTo(summaries + 1);
        assertThat(scraped("integra_reports_seconds_count", "report=\"funnel\"")).isEqualTo(funnels);
        assertThat(scrape()).contains("integra_reports_seconds_bucket{report=\"summary\",le=\"0.3\"} ",
                "integra_reports_seconds_bucket{report=\"summary\",le=\"1.0\"} ");
    }

    private int importProviders(String csv) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/imports/providers")).header("Authorization", ADMIN)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))).statusCode();
    }

    /** The value of one series in the scrape, 0 when it does not exist yet. */
    private double scraped(String metric, String labels) throws Exception {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(metric + "{" + labels + "}") + " (\\S+)$")
                .matcher(scrape());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private String scrape() throws Exception {
        HttpResponse<String> scrape = send(get("/actuator/prometheus").header("Authorization", ADMIN));
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }

    private String issueToken() throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/v1/tokens")).header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":" + users.idOf("admin")
                        + ",\"name\":\"scraper " + TestUsers.uniqueName("t") + "\",\"expiresOn\":\""
                        + LocalDate.now().plusDays(30) + "\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        return secret.group(1);
    }

    private static String numericTaxCode() {
        String first10 = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    /** The project's version as the POM declares it (the first version after the project's own artifactId). */
    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>integra</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
