package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.DisableUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.UserAdministration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens over real HTTP: an administrator issues one through {@code /api/v1/tokens}, a script uses
 * it as {@code Authorization: Bearer} with its user's role, and it stops working when revoked, expired,
 * or when its user is disabled. Stored as a SHA-256 only; issuing and revoking are audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAdministration administration;

    final HttpClient http = HttpClient.newHttpClient();
    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(jdbc, encoder);
    }

    @Test
    void anIssuedTokenIsShownOnceStoredAsItsSha256AndOpensTheApiWithItsUsersRole() throws Exception {
        String admin2 = users.create("token-chief", Role.ADMIN);
        JsonNode issued = issue(users.idOf(admin2), "nightly export", LocalDate.now().plusDays(30));
        String secret = issued.get("secret").asString();
        long id = issued.get("token").get("id").asLong();

        assertThat(secret).matches("itg_[A-Za-z0-9_-]{43}");
        assertThat(issued.get("token").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(issued.get("token").get("username").asString()).isEqualTo(admin2);
        assertThat(storedHash(id)).isEqualTo(sha256(secret)).doesNotContain(secret.substring(4));
        assertThat(jdbc.sql("SELECT hint FROM platform.api_token WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(secret.substring(0, 10));
        HttpResponse<String> users = bearer(secret, "/api/v1/users?q=" + admin2);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"username\":\"" + admin2 + "\"").doesNotContain("secret");
        assertThat(users.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(list("/api/v1/tokens?user=" + users(admin2)).toString()).doesNotContain(secret).doesNotContain(storedHash(id));
    }

    @Test
    void aTokenCarriesItsUsersRoleAndScope() throws Exception {
        String analyst = users.create("token-analyst", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '12' WHERE username = :u").param("u", analyst).update();
        String secret = issue(users.idOf(analyst), "regional reports", LocalDate.now().plusDays(3)).get("secret").asString();

        assertThat(bearer(secret, "/api/v1/users").statusCode()).isEqualTo(403);
        assertThat(bearer(secret, "/api/v1/exports/participants").statusCode()).isEqualTo(403);
        HttpResponse<String> report = bearer(secret, "/api/v1/reports/territory?programme=PUOI");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        String csv = bearer(secret, "/api/v1/reports/territory?programme=PUOI&format=csv").headers()
                .firstValue("Content-Disposition").orElseThrow();
        assertThat(csv).contains("PUOI-12");
    }

    @Test
    void revokedExpiredMalformedAndDisabledUsersTokensAreAnswered401ProblemJson() throws Exception {
        String officer = users.create("token-officer", Role.OFFICER);
        long officerId = users.idOf(officer);
        String revoked = issue(officerId, "revoked", LocalDate.now().plusDays(3)).get("secret").asString();
        long revokedId = tokenId(revoked);
        String expired = issue(officerId, "expired", LocalDate.now().plusDays(3)).get("secret").asString();
        jdbc.sql("""
                UPDATE platform.api_token SET created_at = now() - interval '3 days', expires_at = now() - interval '1 second'
                WHERE id = :id""").param("id", tokenId(expired)).update();
        String valid = issue(officerId, "valid", LocalDate.now().plusDays(3)).get("secret").asString();
        assertThat(bearer(revoked, "/api/v1/exports/participants").statusCode()).isEqualTo(200);

        assertThat(send(request("/api/v1/tokens/" + revokedId).DELETE()).statusCode()).isEqualTo(204);

        for (String token : List.of(revoked, expired, "itg_" + "A".repeat(43), "not-a-token")) {
            HttpResponse<String> response = bearer(token, "/api/v1/exports/participants");
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).startsWith("Bearer"));
            assertThat(response.body()).contains("\"status\":401").doesNotContain("tax_code");
        }
        assertThat(bearer(valid, "/api/v1/exports/participants").statusCode()).isEqualTo(200);
        administration.disable(new DisableUser(officerId, users.idOf("admin")));
        assertThat(bearer(valid, "/api/v1/exports/participants").statusCode()).isEqualTo(401);
    }

    @Test
    void issuingAndRevokingAreAuditedWithoutTheSecretOrItsHash() throws Exception {
        String officer = users.create("token-audit", Role.OFFICER);
        String secret = issue(users.idOf(officer), "audited", LocalDate.now().plusDays(3)).get("secret").asString();
        long id = tokenId(secret);

        send(request("/api/v1/tokens/" + id).DELETE());
        send(request("/api/v1/tokens/" + id).DELETE());

        List<String> entries = jdbc.sql("""
                        SELECT action || ' by ' || actor_name || ': ' || coalesce(after ->> 'name', '') || ' revoked '
                               || (after ->> 'revoked_at' IS NOT NULL) || ' ' || after::text
                        FROM platform.audit_entry WHERE entity_type = 'api_token' AND entity_id = :id ORDER BY id""")
                .param("id", id).query(String.class).list();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("ISSUE by admin: audited revoked false");
        assertThat(entries.get(1)).startsWith("REVOKE by admin: audited revoked true");
        assertThat(String.join("\n", entries)).doesNotContain(secret.substring(4)).doesNotContain(storedHash(id));
    }

    @Test
    void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        String officer = users.create("token-use", Role.OFFICER);
        String secret = issue(users.idOf(officer), "used", LocalDate.now().plusDays(3)).get("secret").asString();
        long id = tokenId(secret);
        assertThat(lastUsed(id)).isNull();

        bearer(secret, "/api/v1/exports/participants");
        OffsetDateTime first = lastUsed(id);
        bearer(secret, "/api/v1/exports/participants");

        assertThat(first).isNotNull();
        assertThat(lastUsed(id)).isEqualTo(first);
        jdbc.sql("UPDATE platform.api_token SET last_used_at = last_used_at - interval '61 seconds' WHERE id = :id")
                .param("id", id).update();
        bearer(secret, "/api/v1/exports/participants");
        assertThat(lastUsed(id)).isAfterOrEqualTo(first);
    }

    @Test
    void refusesEveryFieldAtFaultWith400AndOnlyAdministratorsMayManageTokens() throws Exception {
        String disabled = users.create("token-disabled", Role.OFFICER);
        administration.disable(new DisableUser(users.idOf(disabled), users.idOf("admin")));

        JsonNode refused = JSON.readTree(post("{\"userId\": " + users.idOf(disabled)
                + ", \"name\": \"  \", \"expiresOn\": \"" + LocalDate.now() + "\"}", 400).body());
        JsonNode tooFar = JSON.readTree(post("{\"userId\": 0, \"name\": \"x\", \"expiresOn\": \""
                + LocalDate.now().plusDays(367) + "\"}", 400).body());

        assertThat(refused.get("errors").toString()).contains("\"field\":\"userId\"", "disattivato",
                "\"field\":\"name\"", "\"field\":\"expiresOn\"", "almeno fino a domani");
        assertThat(tooFar.get("errors").toString()).contains("L'utente indicato non esiste.", "Al massimo 366 giorni");
        String officer = users.create("token-officer-api", Role.OFFICER);
        String officerBasic = "Basic " + Base64.getEncoder().encodeToString((officer + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/tokens")).header("Authorization", officerBasic).GET())
                .statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/tokens/1")).DELETE()).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/tokens/999999999").DELETE()).statusCode()).isEqualTo(404);
    }

    private JsonNode issue(long userId, String name, LocalDate expiresOn) throws Exception {
        HttpResponse<String> response = post("{\"userId\": " + userId + ", \"name\": \"" + name
                + "\", \"expiresOn\": \"" + expiresOn + "\"}", 201);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String json, int expected) throws Exception {
        HttpResponse<String> response = send(request("/api/v1/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private JsonNode list(String path) throws Exception {
        return JSON.readTree(send(request(path).GET()).body());
    }

    private long users(String username) {
        return users.idOf(username);
    }

    private long tokenId(String secret) throws Exception {
        return jdbc.sql("SELECT id FROM platform.api_token WHERE token_hash = :h").param("h", sha256(secret))
                .query(Long.class).single();
    }

    private String storedHash(long id) {
        return jdbc.sql("SELECT token_hash FROM platform.api_token WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private OffsetDateTime lastUsed(long id) {
        return jdbc.sql("SELECT last_used_at FROM platform.api_token WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list().get(0);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN_BASIC);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
