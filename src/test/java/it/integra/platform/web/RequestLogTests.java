package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.shared.TaxCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The request log over real HTTP: one line per request with method, path without query values or tax
 * codes, status, duration and the user's numeric id, and the request id in the line and in the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

    private static final String TAX_CODE = "RSSMRA80A01H501U";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();
    final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    TestUsers users;
    LogLevel configured;

    @BeforeEach
    void logRequests() {
        users = new TestUsers(jdbc, encoder);
        configured = logging.getLoggerConfiguration(RequestLogValve.LOGGER).getConfiguredLevel();
        // the shared test configuration keeps the request log quiet; here it is the subject
        logging.setLogLevel(RequestLogValve.LOGGER, LogLevel.INFO);
    }

    @AfterEach
    void quietAgain() {
        logging.setLogLevel(RequestLogValve.LOGGER, configured);
    }

    @Test
    void writesMethodPathStatusDurationUserAndRequestIdButNoQueryValuesOrTaxCodes(CapturedOutput output) throws Exception {
        long admin = users.idOf("admin");

        HttpResponse<String> response = send(request("/api/v1/participants/" + TAX_CODE + "?q=Rossi&lang=it")
                .header("Authorization", basic("admin", "admin-test-password"))
                .header("X-Request-Id", "scrape-7.a_b"));

        List<String> lines = requestLines(output, "scrape-7.a_b");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsPattern("GET /api/v1/participants/\\{masked}\\?q&lang "
                + response.statusCode() + " \\d+ ms user " + admin + "$");
        assertThat(output.getAll()).doesNotContain(TAX_CODE).doesNotContain("Rossi");
    }

    @Test
    void namesNobodyForAnAnonymousRequestAndTheSignedInUserRefusedByAnAccessRule(CapturedOutput output) throws Exception {
        String officer = users.create("log-officer", Role.OFFICER);

        HttpResponse<String> anonymous = send(request("/api/v1/users").header("X-Request-Id", "anon-1"));
        HttpResponse<String> refused = send(request("/api/v1/users")
                .header("Authorization", basic(officer, TestUsers.PASSWORD)).header("X-Request-Id", "officer-1"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(requestLines(output, "anon-1")).singleElement().asString()
                .containsPattern("GET /api/v1/users 401 \\d+ ms user -$");
        assertThat(requestLines(output, "officer-1")).singleElement().asString()
                .containsPattern("GET /api/v1/users 403 \\d+ ms user " + users.idOf(officer) + "$");
    }

    @Test
    void writesAStreamedDownloadWhenItIsComplete(CapturedOutput output) throws Exception {
        HttpResponse<String> export = send(request("/api/v1/exports/calls")
                .header("Authorization", basic("admin", "admin-test-password")).header("X-Request-Id", "export-1"));

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(requestLines(output, "export-1")).singleElement().asString()
                .containsPattern("GET /api/v1/exports/calls 200 \\d+ ms user " + users.idOf("admin") + "$");
    }

    @Test
    void putsTheRequestIdInTheLinesThatTheApplicationWritesWhileServingTheRequest(CapturedOutput output)
            throws Exception {
        String code = "LOG-" + UUID.randomUUID().toString().substring(0, 8);
        String taxCode = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        HttpResponse<String> imported = send(request("/api/v1/imports/providers")
                .header("Authorization", basic("admin", "admin-test-password")).header("X-Request-Id", "import-7")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("provider_code,tax_code,name,type,province\n"
                        + code + "," + taxCode + TaxCode.numericCheckDigit(taxCode) + ",Ente del registro,TRAINING_BODY,RM\n")));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(output.getAll().lines().filter(line -> line.contains("Imported 1 rows of providers")))
                .singleElement().asString().contains("[import-7]");
    }

    @Test
    void echoesAWellFormedRequestIdAndReplacesOneThatIsNot() throws Exception {
        String sent = "lb-" + UUID.randomUUID();
        assertThat(send(request("/login").header("X-Request-Id", sent)).headers().firstValue("X-Request-Id"))
                .hasValue(sent);

        for (String malformed : new String[] {"two words", "x".repeat(65), "-starts-with-a-dash", "a\"b"}) {
            String answered = send(request("/login").header("X-Request-Id", malformed)).headers()
                    .firstValue("X-Request-Id").orElseThrow();
            assertThat(answered).as(malformed).isNotEqualTo(malformed);
            assertThat(UUID.fromString(answered)).as(malformed).isNotNull();
        }
        String first = send(request("/login")).headers().firstValue("X-Request-Id").orElseThrow();
        String second = send(request("/login")).headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
    }

    @Test
    void givesTheRequestIdToAnErrorAnswer() throws Exception {
        HttpResponse<String> missing = send(request("/no-such-page-at-all").header("X-Request-Id", "lost-1"));

        assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("lost-1");
    }

    /**
     * The request log's lines written for one request id (the log pattern shows it in brackets), once there
     * is one: the container writes it when the answer is complete, which the client may see a moment before.
     */
    private static List<String> requestLines(CapturedOutput output, String requestId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !linesOf(output, requestId).isEmpty());
        return linesOf(output, requestId);
    }

    private static List<String> linesOf(CapturedOutput output, String requestId) {
        return output.getAll().lines()
                .filter(line -> line.contains("[" + requestId + "]") && line.contains(RequestLogValve.LOGGER))
                .toList();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
