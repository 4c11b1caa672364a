package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A common password is refused wherever an administrator chooses one, on the password field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommonPasswordPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    MockHttpSession admin;

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("admin-test-password"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void refusesACommonPasswordForANewUserAndCreatesNobody() throws Exception {
        String username = TestUsers.uniqueName("common");

        String page = page(post("/admin/users/new").param("username", username).param("displayName", "Maria Rossi")
                .param("role", Role.OFFICER.name()).param("passwordChoice", "CHOOSE").param("password", "Password2026!"));

        assertThat(page).contains("id=\"password-error\"", "La password è troppo comune: compare in un elenco di "
                + "password note o trafugate, anche ripetuta o seguita da cifre o simboli. Scegline una diversa.")
                .doesNotContain("Password2026!");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.app_user WHERE username = :u").param("u", username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesACommonPasswordOnResetInEnglishAndKeepsTheOldOne() throws Exception {
        String officer = new TestUsers(jdbc, encoder).create("common-reset", Role.OFFICER);

        String page = page(post("/admin/users/{id}/password", new TestUsers(jdbc, encoder).idOf(officer))
                .cookie(new Cookie("integra-lang", "en")).param("passwordChoice", "CHOOSE").param("password", "qwertyqwerty"));

        assertThat(page).contains("id=\"password-error\"", "The password is too common: it is in a list of known or "
                + "leaked passwords, also when repeated or followed by digits or symbols. Choose a different one.");
        assertThat(mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(admin).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
