package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never becomes a 500: every route of the request mappings, with each of its parameters
 * carrying a NUL, bytes that are not UTF-8 or a date outside 1900-2100, answers 400 naming the field,
 * as the error page on the pages and as problem+json on the API. A new route or parameter is covered
 * by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTests {

    /** Each bad value, percent-encoded as it travels, and the message key its refusal uses. */
    private record Bad(String encoded, String reason) {
    }

    private static final List<Bad> BAD = List.of(new Bad("%00", "NUL"), new Bad("a%C3%28", "UTF-8"),
            new Bad("%FF", "UTF-8"), new Bad("0000-01-01", "1900-2100"), new Bad("10000-01-01", "1900-2100"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Browser page;
    Browser api;

    @BeforeEach
    void logIn() {
        String admin = new TestUsers(jdbc, encoder).create("bad-input", Role.ADMIN);
        page = Browser.loggedIn(port, admin, TestUsers.PASSWORD);
        page.english();
        api = Browser.basic(port, admin, TestUsers.PASSWORD);
    }

    @Test
    void everyQueryParameterOfEveryGetRouteRefusesBadInputNamingTheField() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Routes.Route route : Routes.of(mapping).withMethod("GET")) {
            for (String parameter : route.parameters()) {
                for (Bad bad : BAD) {
                    String request = route.path() + "?" + parameter + "=" + bad.encoded();
                    HttpResponse<String> response = route.isApi() ? api.get(request) : page.get(request);
                    checked++;
                    refusal(route.isApi(), parameter, response).ifPresent(problem -> wrong.add(route + " " + request + ": " + problem));
                }
            }
        }
        assertThat(checked).as("GET parameters found in the request mappings").isGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormFieldOfEveryPagePostRefusesBadInputNamingTheField() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Routes.Route route : Routes.of(mapping).withMethod("POST")) {
            if (route.isApi()) {
                continue;
            }
            for (String parameter : route.parameters()) {
                for (Bad bad : BAD) {
                    HttpResponse<String> response = page.post(route.path(), "application/x-www-form-urlencoded",
                            parameter + "=" + bad.encoded());
                    checked++;
                    refusal(false, parameter, response).ifPresent(problem -> wrong.add(route + " " + parameter + "=" + bad.encoded() + ": " + problem));
                }
            }
        }
        assertThat(checked).as("form fields found in the request mappings").isGreaterThan(200);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFieldOfAMultipartUploadWithANulIsRefusedNamingItWhileAGoodUploadGoesThrough() {
        HttpResponse<String> refused = page.post("/interchange/imports", "multipart/form-data; boundary=" + BOUNDARY,
                upload("providers\0"));
        HttpResponse<String> taken = page.post("/interchange/imports", "multipart/form-data; boundary=" + BOUNDARY,
                upload("providers"));

        assertThat(refusal(false, "dataset", refused)).isEmpty();
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("id=\"job\"");
    }

    private static final String BOUNDARY = "----integra";

    private static byte[] upload(String dataset) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\n" + dataset + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nprovider_code\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theApiNamesTheFieldInTheProblemInTheClientsLanguage() {
        HttpResponse<String> italian = api.get("/api/v1/participants?q=%00");
        HttpResponse<String> english = api.get("/api/v1/participants?q=%00", "application/json", "en");

        JsonNode problem = JSON.readTree(italian.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Richiesta non valida");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/participants");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(problem.get("detail").asString()).isEqualTo("Il campo «q» contiene un carattere nullo (NUL), che non è ammesso.");
        assertThat(JSON.readTree(english.body()).get("detail").asString())
                .isEqualTo("The field \"q\" contains a null character (NUL), which is not allowed.");
    }

    @Test
    void thePageNamesTheFieldInTheUsersLanguage() {
        HttpResponse<String> response = page.get("/participants?q=a%C3%28");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("The field &quot;q&quot; is not valid UTF-8 text.").contains("<header");
    }

    @Test
    void aDateFilterOutsideTheRangeIsRefusedWhileOneInsideIsTaken() {
        assertThat(api.get("/api/v1/reports/funnel?from=1899-12-31").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/funnel?to=2101-01-01").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/funnel?from=1900-01-01&to=2100-12-31").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormRefusesANulBeforeLookingTheUserUp() {
        Browser anonymous = Browser.anonymous(port);

        HttpResponse<String> response = anonymous.post("/login", "application/x-www-form-urlencoded", "username=admin%00&password=x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Il campo «username» contiene un carattere nullo (NUL), che non è ammesso.");
    }

    @Test
    void aFormTheServerCannotReadIsRefusedAsAWhole() {
        String many = String.join("&", java.util.Collections.nCopies(1500, "a=1"));

        HttpResponse<String> body = page.post("/admin/users/new", "application/x-www-form-urlencoded", many);
        HttpResponse<String> query = api.get("/api/v1/users?" + many);

        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(body.body()).contains("The data sent cannot be read: invalid encoding or too many fields.");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aRedirectParameterTakesOnlyALocalPathOnOneLine() {
        assertThat(refusal(false, "returnTo", page.get("/participants?returnTo=https://evil.example/"))).isEmpty();
        assertThat(refusal(false, "next", page.get("/participants?next=//evil.example/"))).isEmpty();
        assertThat(refusal(false, "redirect", page.get("/participants?redirect=/home%0D%0ASet-Cookie:x=1"))).isEmpty();
        assertThat(page.get("/participants?returnTo=/participants%3Fq%3Dx").statusCode()).isEqualTo(200);
    }

    @Test
    void aLineBreakInAValueThatGoesIntoARedirectIsRefusedNamingTheField() {
        HttpResponse<String> response = page.post("/monitoring/notes", "application/x-www-form-urlencoded",
                "regionCode=LAZ%0D%0ALocation:%20https://evil.example&theme=X&kind=NOTE&text=t");

        assertThat(refusal(false, "regionCode", response)).isEmpty();
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    /** Empty when the answer is the expected refusal; otherwise what is wrong with it. */
    private static java.util.Optional<String> refusal(boolean isApi, String field, HttpResponse<String> response) {
        if (response.statusCode() != 400) {
            return java.util.Optional.of("answered " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (isApi) {
            if (!type.startsWith("application/problem+json")) {
                return java.util.Optional.of("type " + type);
            }
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            return errors != null && field.equals(errors.get(0).get("field").asString())
                    ? java.util.Optional.empty() : java.util.Optional.of("field not named: " + response.body());
        }
        if (!type.startsWith("text/html")) {
            return java.util.Optional.of("type " + type);
        }
        return response.body().contains("The field &quot;" + field + "&quot;")
                ? java.util.Optional.empty() : java.util.Optional.of("field not named");
    }
}
