package it.integra.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * The links of a page ({@code @{...}} in a template, which ends in {@code response.encodeURL}) to a
 * static resource become its resolved URL (a webjar's with its version), as Spring's
 * {@link ResourceUrlEncodingFilter} does; links to anything else are left alone. Spring's filter asks
 * the resource chain about every link, and the chain looks a page's link up as a classpath resource,
 * a miss it does not remember: inside the packaged jar that lookup goes through the jar loader's
 * synchronised caches, so a page with hundreds of links renders one thread at a time. Here only paths
 * under {@link #PREFIXES} are resolved, each once: the answer, found or not, is kept (at most
 * {@link #MAX_REMEMBERED} paths, which the templates' few static links never reach).
 * <p>
 * Declared as a {@link ResourceUrlEncodingFilter} so that Spring Boot does not register its own beside it.
 */
final class StaticResourceLinks extends ResourceUrlEncodingFilter {

    /** Where the static resources are served from (the security configuration lets anyone read them). */
    static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.");
    static final int MAX_REMEMBERED = 1_000;

    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            chain.doFilter(request, new Links(http, answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether a path (without the context path, query or fragment) names a static resource. */
    static boolean isStatic(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** The public URL of a link: a static resource's resolved path, anything else as it is. */
    String publicUrl(HttpServletRequest request, String url) {
        String context = request.getContextPath();
        if (!url.startsWith(context)) {
            return url;
        }
        int end = endOfPath(url);
        String path = url.substring(context.length(), end);
        if (!isStatic(path)
                || !(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                        instanceof ResourceUrlProvider provider)) {
            return url;
        }
        String known = resolved.get(path);
        if (known == null) {
            String found = provider.getForLookupPath(path);
            known = found == null ? path : found;
            if (resolved.size() < MAX_REMEMBERED) {
                resolved.put(path, known);
            }
        }
        return context + known + url.substring(end);
    }

    private static int endOfPath(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return end < 0 ? url.length() : end;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(publicUrl(request, url));
        }
    }
}
