package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Real form logins for MockMvc tests: the session then carries the application's own principal. */
public final class WebSessions {

    private WebSessions() {
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of " + username).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
