package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of the API is a problem document (type, title, status, detail, instance) with no stack
 * trace or SQL, 500 included; pages show the error page. The 500 comes from a route of this test only
 * that runs broken SQL, as a bug would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorAnswersTests.Broken.class)
class ErrorAnswersTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    @RestController
    static class Broken {

        private final JdbcClient jdbc;

        Broken(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping({"/api/v1/test-broken", "/test-broken"})
        String broken() {
            return jdbc.sql("SELECT secret_column FROM no_such_table").query(String.class).single();
        }

        /** A filter bound into a record without a place for its errors. */
        record Bound(int count, String text) {
        }

        @GetMapping("/api/v1/test-bound")
        String bound(Bound filter) {
            return filter.text() + filter.count();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Browser api;
    Browser page;

    @BeforeEach
    void logIn() {
        String officer = new TestUsers(jdbc, encoder).create("errors", Role.ADMIN);
        api = Browser.basic(port, officer, TestUsers.PASSWORD);
        page = Browser.loggedIn(port, officer, TestUsers.PASSWORD);
    }

    @Test
    void aFailureOfTheApiIsA500ProblemWithoutStackTraceOrSql() {
        HttpResponse<String> response = api.get("/api/v1/test-broken", "text/csv");

        assertProblem(response, 500, "/api/v1/test-broken");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Errore interno");
        assertThat(response.body()).doesNotContain("no_such_table", "secret_column", "SELECT", "Exception", "at it.");
    }

    @Test
    void aFailureOfAPageIsTheErrorPageWithoutSql() {
        HttpResponse<String> response = page.get("/test-broken");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Qualcosa non ha funzionato").doesNotContain("no_such_table", "SELECT");
    }

    @Test
    void anUnknownRouteAndAWrongMethodOfTheApiAreProblems() {
        assertProblem(api.get("/api/v1/nothing-here"), 404, "/api/v1/nothing-here");
        assertProblem(api.post("/api/v1/users/1/nothing", "text/csv", "x"), 404, "/api/v1/users/1/nothing");
        assertProblem(api.post("/api/v1/exports/calls", "text/csv", "x"), 405, "/api/v1/exports/calls");
    }

    @Test
    void aParameterOfTheWrongTypeIsA400NamingIt() {
        HttpResponse<String> response = api.get("/api/v1/users?role=KING");

        assertProblem(response, 400, "/api/v1/users");
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("role");
    }

    @Test
    void aFilterRecordWithAFieldNotOfItsTypeIsA400NamingIt() {
        HttpResponse<String> response = api.get("/api/v1/test-bound?count=many&text=x");

        assertProblem(response, 400, "/api/v1/test-bound");
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("count");
        assertThat(api.get("/api/v1/test-bound?count=2&text=x").body()).isEqualTo("x2");
    }

    @Test
    void anUnknownPageIsTheErrorPage() {
        HttpResponse<String> response = page.get("/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("La pagina richiesta non esiste");
        assertThat(page.get("/error").statusCode()).as("the error page asked for directly").isEqualTo(404);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String instance) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(instance);
    }
}
