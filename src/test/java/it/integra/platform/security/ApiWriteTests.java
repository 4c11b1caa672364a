package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.platform.ApiTokens;
import it.integra.platform.BrowserHttpSession;
import it.integra.platform.CurrentUser;
import it.integra.platform.IssueApiToken;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.shared.TaxCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API writes are for machines: HTTP Basic or a Bearer token. A write that only the browser's session
 * cookie carries is refused with 403 problem+json unless it brings the page's CSRF token; reads with
 * the session keep working. Every case over real HTTP against the providers import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiWriteTests {

    private static final AtomicLong TAX_CODES = new AtomicLong(7_300_000_000L + ProcessHandle.current().pid() % 1000 * 1000);
    private static final String IMPORT = "/api/v1/imports/providers";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokens tokens;

    TestUsers users;
    BrowserHttpSession browser;

    @BeforeEach
    void logInAsOfficer() {
        users = new TestUsers(jdbc, encoder);
        String officer = users.create("writer", Role.OFFICER);
        browser = new BrowserHttpSession(port).login(officer, TestUsers.PASSWORD);
        browser.get("/");
    }

    @Test
    void aWriteCarriedOnlyByTheSessionCookieIsRefused() {
        for (String type : new String[] {"text/plain", "text/csv"}) {
            String code = code();

            HttpResponse<String> response = browser.post(IMPORT, type, providers(code), null);

            assertThat(response.statusCode()).as(type).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":403", "CSRF");
            assertThat(providerExists(code)).as(type).isFalse();
        }
    }

    @Test
    void aWriteWithTheSessionAndAWrongCsrfTokenIsRefused() {
        String code = code();

        HttpResponse<String> response = browser.post(IMPORT, "text/csv", providers(code), "not-the-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(providerExists(code)).isFalse();
    }

    @Test
    void aWriteWithTheSessionAndThePagesCsrfTokenIsAccepted() {
        String code = code();

        HttpResponse<String> response = browser.post(IMPORT, "text/csv", providers(code), browser.csrfToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(providerExists(code)).isTrue();
    }

    @Test
    void aWriteWithHttpBasicNeedsNoCsrfToken() {
        String code = code();
        String officer = users.create("basic-writer", Role.OFFICER);

        HttpResponse<String> response = ApiClient.as(port, officer, TestUsers.PASSWORD).postCsv(IMPORT, providers(code));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(providerExists(code)).isTrue();
    }

    @Test
    void aWriteWithABearerTokenNeedsNoCsrfToken() throws Exception {
        String code = code();
        String officer = users.create("token-writer", Role.OFFICER);
        String secret = tokens.issue(new IssueApiToken(users.idOf(officer), "writer", LocalDate.now().plusDays(5)),
                admin()).secret();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + IMPORT))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(providers(code), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(providerExists(code)).isTrue();
    }

    @Test
    void aWriteWithNoCredentialsAtAllIsAnswered401() {
        String code = code();

        HttpResponse<String> response = ApiClient.anonymous(port).postCsv(IMPORT, providers(code));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(providerExists(code)).isFalse();
    }

    @Test
    void readsWithTheSessionCookieKeepWorking() {
        HttpResponse<String> export = browser.get("/api/v1/exports/providers");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("provider_code,tax_code,name,type,province");
    }

    private CurrentUser admin() {
        return new CurrentUser(users.idOf("admin"), "admin", "Amministratore", Role.ADMIN, null, null);
    }

    private boolean providerExists(String code) {
        return jdbc.sql("SELECT count(*) FROM provider.provider WHERE code = :c").param("c", code)
                .query(Long.class).single() == 1;
    }

    private static String code() {
        return TestUsers.uniqueName("W").replace("-", "").toUpperCase();
    }

    private static String providers(String code) {
        String digits = String.valueOf(TAX_CODES.incrementAndGet());
        return "provider_code,tax_code,name,type,province\n"
                + code + "," + digits + TaxCode.numericCheckDigit(digits) + ",Ente " + code + ",TRAINING_BODY,RM\n";
    }
}
