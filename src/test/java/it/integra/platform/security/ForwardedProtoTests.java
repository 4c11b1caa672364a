package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy on the same machine (the test client connects over loopback, a trusted proxy by
 * default): a request forwarded as https gets Secure cookies and HSTS; a plain http request gets neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedProtoTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestForwardedAsHttpsGetsSecureCookiesAndHsts() throws Exception {
        HttpResponse<String> login = send(request("/login?lang=en").header("X-Forwarded-Proto", "https"));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookie(login, "JSESSIONID")).contains("; Secure", "HttpOnly", "SameSite=Lax");
        assertThat(cookie(login, "integra-lang")).contains("; Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void aPlainHttpRequestGetsNoHstsAndNoSecureFlag() throws Exception {
        HttpResponse<String> login = send(request("/login?lang=en"));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(cookie(login, "JSESSIONID")).contains("HttpOnly").doesNotContain("Secure");
        assertThat(cookie(login, "integra-lang")).doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theApiAnswersForwardedHttpsWithHstsAndPlainHttpWithout() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> forwarded = send(request("/api/v1/users").header("Authorization", basic)
                .header("X-Forwarded-Proto", "https"));
        HttpResponse<String> plain = send(request("/api/v1/users").header("Authorization", basic));

        assertThat(forwarded.statusCode()).isEqualTo(200);
        assertThat(forwarded.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=")).toList();
        assertThat(cookies).as("Set-Cookie " + name).hasSize(1);
        return cookies.get(0);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
