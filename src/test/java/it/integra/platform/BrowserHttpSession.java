package it.integra.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the server sees it, over real HTTP: its own cookie jar (the session cookie), the
 * page's CSRF token read from the {@code _csrf} meta tag, no redirects followed.
 */
public final class BrowserHttpSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;
    private String csrf;

    public BrowserHttpSession(int port) {
        this(new CookieManager(), port);
    }

    private BrowserHttpSession(CookieManager cookies, int port) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = "http://localhost:" + port;
    }

    /**
     * The same browser, with the same cookies, talking to another port: another node behind a load
     * balancer, as far as the session cookie goes (cookies are not bound to a port).
     */
    public BrowserHttpSession onPort(int port) {
        return new BrowserHttpSession(cookies, port);
    }

    /** Logs in through the login form; fails unless the answer sends the browser home. */
    public BrowserHttpSession login(String username, String password) {
        HttpResponse<String> outcome = tryLogin(username, password);
        if (!outcome.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new AssertionError("login of " + username + " answered " + outcome.statusCode() + " "
                    + outcome.headers().firstValue("Location").orElse(""));
        }
        return this;
    }

    /** Posts the login form and returns the answer (a redirect home, or to /login?error). */
    public HttpResponse<String> tryLogin(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    /** GETs a path; a page's CSRF token is remembered for later posts. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts a form with the last CSRF token seen, as a page would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken());
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a body with the session cookie, and with {@code csrfToken} in the CSRF header unless it is null. */
    public HttpResponse<String> post(String path, String contentType, String body, String csrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** The CSRF token of the last page opened, as the page's script sends it. */
    public String csrfToken() {
        if (csrf == null) {
            throw new IllegalStateException("no page with a CSRF token was opened yet");
        }
        return csrf;
    }

    /** The current session id, as the browser holds it. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
