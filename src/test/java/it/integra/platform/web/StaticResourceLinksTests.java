package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.BrowserHttpSession;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A page's links to static resources get their resolved URL (a webjar's with its version); its links
 * to pages are not looked up as resources at all, and no link is looked up twice. A resolver put in
 * front of every resource handler's chain counts what the page's rendering asks of the chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticResourceLinksTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ResourceUrlProvider resources;
    @Autowired
    List<FilterRegistrationBean<?>> filters;

    final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    final ResourceResolver counter = new Counter();
    BrowserHttpSession browser;

    @BeforeEach
    void signInAndCountTheChains() {
        browser = new BrowserHttpSession(port).login(new TestUsers(jdbc, encoder).create("links", Role.ADMIN),
                TestUsers.PASSWORD);
        assertThat(resources.getHandlerMap()).containsKeys("/webjars/**", "/**");
        resources.getHandlerMap().values().forEach(handler -> handler.getResourceResolvers().add(0, counter));
    }

    @AfterEach
    void stopCounting() {
        resources.getHandlerMap().values().forEach(handler -> handler.getResourceResolvers().remove(counter));
    }

    @Test
    void aWebjarLinkGetsItsVersionAndAStaticFileKeepsItsPath() {
        String home = browser.get("/").body();

        assertThat(home).containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"")
                .containsPattern("href=\"/webjars/bootstrap-italia/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap-italia\\.min\\.css\"")
                .contains("src=\"/js/integra.js\"", "href=\"/participants\"");
    }

    @Test
    void linksToPagesAreNotLookedUpAsResources() {
        String home = browser.get("/").body();

        assertThat(home).contains("href=\"/participants\"", "href=\"/clearances\"");
        assertThat(asked).as("paths the resource chains were asked about")
                .allMatch(path -> path.startsWith("/webjars/") || StaticResourceLinks.isStatic(path))
                .noneMatch(path -> path.startsWith("/participants") || path.startsWith("/clearances"));
    }

    @Test
    void aStaticLinkIsLookedUpOnceFoundOrNot() {
        browser.get("/");
        asked.clear();

        String again = browser.get("/").body();

        assertThat(again).containsPattern("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
        assertThat(asked).as("paths the resource chains were asked about on the second rendering").isEmpty();
    }

    @Test
    void springBootsOwnFilterIsNotRegisteredBesideIt() {
        assertThat(filters).filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .singleElement().extracting(FilterRegistrationBean::getFilter).isInstanceOf(StaticResourceLinks.class);
    }

    /** Records the path asked about (with the handler's pattern in front) and passes the question on. */
    private final class Counter implements ResourceResolver {

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath,
                                        List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveResource(request, requestPath, locations);
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            asked.add(patternOf(locations) + resourcePath);
            return chain.resolveUrlPath(resourcePath, locations);
        }

        private String patternOf(List<? extends Resource> locations) {
            for (Map.Entry<String, ResourceHttpRequestHandler> handler : resources.getHandlerMap().entrySet()) {
                if (handler.getValue().getLocations().equals(locations)) {
                    return handler.getKey().replace("**", "");
                }
            }
            return "?";
        }
    }
}
