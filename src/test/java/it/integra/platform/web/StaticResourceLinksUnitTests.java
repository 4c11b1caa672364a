package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/** The public URL of a link under a context path, with a resource chain that knows one webjar file. */
class StaticResourceLinksUnitTests {

    final List<String> asked = new ArrayList<>();
    final StaticResourceLinks links = new StaticResourceLinks();
    final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void oneWebjarFileUnderAContextPath() {
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/webjars/**", handler("webjars:"), "/**", handler("static:")));
        request.setContextPath("/integra");
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
    }

    /** A handler whose chain records what it is asked (after the label) and knows lib/dist/lib.js only. */
    private ResourceHttpRequestHandler handler(String label) {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(new ResourceResolver() {
            @Override
            public Resource resolveResource(jakarta.servlet.http.HttpServletRequest r, String path,
                                            List<? extends Resource> locations, ResourceResolverChain chain) {
                return null;
            }

            @Override
            public String resolveUrlPath(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
                asked.add(label + path);
                return path.equals("lib/dist/lib.js") ? "lib/1.2.3/dist/lib.js" : null;
            }
        }));
        return handler;
    }

    @Test
    void aWebjarLinkGetsItsVersionAndKeepsItsQueryAndFragment() {
        assertThat(links.publicUrl(request, "/integra/webjars/lib/dist/lib.js?v=1#top"))
                .isEqualTo("/integra/webjars/lib/1.2.3/dist/lib.js?v=1#top");
    }

    @Test
    void aPageLinkIsLeftAloneWithoutAskingTheChain() {
        assertThat(links.publicUrl(request, "/integra/participants/5?page=2")).isEqualTo("/integra/participants/5?page=2");
        assertThat(links.publicUrl(request, "https://example.org/webjars/lib/dist/lib.js"))
                .isEqualTo("https://example.org/webjars/lib/dist/lib.js");
        assertThat(asked).isEmpty();
    }

    @Test
    void aStaticPathTheChainDoesNotKnowIsAskedAboutOnce() {
        assertThat(links.publicUrl(request, "/integra/webjars/lib/dist/fonts")).isEqualTo("/integra/webjars/lib/dist/fonts");
        assertThat(links.publicUrl(request, "/integra/webjars/lib/dist/fonts#x")).isEqualTo("/integra/webjars/lib/dist/fonts#x");

        assertThat(asked).containsExactlyInAnyOrder("webjars:lib/dist/fonts", "static:webjars/lib/dist/fonts");
    }
}
