package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The two doors: the API (HTTP Basic, problem+json) over real HTTP, the pages (session, CSRF) through MockMvc. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();
    MockMvc mvc;
    TestUsers users;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        users = new TestUsers(jdbc, encoder);
    }

    @Test
    void apiWithoutCredentialsAnswers401AsProblemJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/users")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(response.body()).contains("\"status\":401", "\"instance\":\"/api/v1/users\"");
    }

    @Test
    void apiWithAWrongPasswordAnswers401() throws Exception {
        String analyst = users.create("api-wrong", Role.ANALYST);

        HttpResponse<String> response = send(basic(analyst, "not-the-password", "/api/v1/users"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
    }

    @Test
    void analystsAndProviderOperatorsGet403ProblemJsonFromTheAdministratorsApi() throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.PROVIDER, Role.OFFICER}) {
            String username = users.create("api-" + role.name().toLowerCase(), role);

            HttpResponse<String> response = send(basic(username, TestUsers.PASSWORD, "/api/v1/users"));

            assertThat(response.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
            assertThat(response.body()).contains("\"status\":403");
        }
    }

    @Test
    void administratorsListUsersThroughTheApiWithoutASession() throws Exception {
        HttpResponse<String> response = send(basic("admin", "admin-test-password", "/api/v1/users?q=admin&role=ADMIN"));

        assertThat(response.statusCode()).isEqualTo(200);
        // other tests of this context add administrators of their own: only administrators are listed
        assertThat(response.body()).contains("\"username\":\"admin\"").doesNotContain("password")
                .doesNotContain("\"role\":\"OFFICER\"", "\"role\":\"ANALYST\"", "\"role\":\"PROVIDER");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void healthAnswersUpWithoutLogin() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void pagesCarryTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
    }

    @Test
    void anonymousVisitorsOfAdministrationPagesAreSentToTheLogin() throws Exception {
        for (String page : new String[] {"/admin", "/admin/users", "/"}) {
            MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();

            assertThat(response.getStatus()).as(page).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(page).endsWith("/login");
        }
    }

    @Test
    void providerOperatorsCannotOpenAdministrationPages() throws Exception {
        MockHttpSession operator = login(users.create("page-operator", Role.PROVIDER));

        for (String page : new String[] {"/admin", "/admin/users", "/admin/users/new"}) {
            assertThat(mvc.perform(get(page).session(operator)).andReturn().getResponse().getStatus())
                    .as(page).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/admin/users/new").session(operator).with(csrf()).param("username", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/").session(operator)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void pageFormsRequireTheCsrfToken() throws Exception {
        String officer = users.create("csrf-target", Role.OFFICER);
        MockHttpSession admin = login("admin", "admin-test-password");

        MockHttpServletResponse withoutToken = mvc.perform(post("/admin/users/{id}/disable", users.idOf(officer))
                .session(admin)).andReturn().getResponse();
        MockHttpServletResponse withBadToken = mvc.perform(post("/admin/users/{id}/disable", users.idOf(officer))
                .session(admin).with(csrf().useInvalidToken())).andReturn().getResponse();

        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(withBadToken.getStatus()).isEqualTo(403);
        assertThat(users.enabled(officer)).isTrue();
        assertThat(mvc.perform(post("/login").param("username", "admin").param("password", "admin-test-password"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpSession login(String username) throws Exception {
        return login(username, TestUsers.PASSWORD);
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private HttpRequest.Builder basic(String username, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
