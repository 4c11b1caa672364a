package it.integra.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client that behaves like a browser (a form login, the session cookie, the page's CSRF
 * token) or like an API client (HTTP Basic). Raw query strings and bodies go out as written, so a test
 * can send bytes that are not UTF-8.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private String csrf;

    private Browser(int port, String authorization) {
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** Logs in through the login form and keeps the session and the CSRF token of the pages. */
    static Browser loggedIn(int port, String username, String password) {
        Browser browser = new Browser(port, null);
        browser.csrf = browser.token("/login");
        HttpResponse<String> login = browser.post("/login", "application/x-www-form-urlencoded",
                form("username", username) + "&" + form("password", password));
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new AssertionError("login of " + username + " answered " + login.statusCode() + " " + login.headers().map());
        }
        browser.csrf = browser.token("/");
        return browser;
    }

    static Browser anonymous(int port) {
        return new Browser(port, null);
    }

    static Browser basic(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Browser(port, "Basic " + token);
    }

    static String form(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET of a path with its query string already percent-encoded. */
    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(request(pathAndQuery).header("Accept", accept).GET());
    }

    HttpResponse<String> get(String pathAndQuery, String accept, String language) {
        return send(request(pathAndQuery).header("Accept", accept).header("Accept-Language", language).GET());
    }

    /** Switches the pages to English, as the language menu does. */
    void english() {
        get("/?lang=en");
    }

    /** POST of a body already encoded; pages get the CSRF token in its header. */
    HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send(request(pathAndQuery).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) {
        return send(request(pathAndQuery).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private String token(String path) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() == 302) {
            page = get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
        }
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on " + path + " (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request;
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
