package it.integra;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.integra.AccessDeclarations.Expectation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's routes as its request mappings declare them, and how an answer is judged. */
final class AccessRoutes {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 404, 405);

    /**
     * One method and path pattern of a mapping. Its key adds the mapping's header condition or consumed
     * types when it has them, as two mappings may share a path and differ only by those.
     */
    record Route(String key, String method, String pattern, Map<String, String> headers, MediaType consumes,
                 List<String> fileParts) {

        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean write() {
            return !method.equals("GET");
        }

        /**
         * The request this route takes, without its user: the mapping's headers, a valid CSRF token on
         * writes, empty files where the handler reads uploads, CSV for the API's imports, a form otherwise.
         */
        AbstractMockHttpServletRequestBuilder<?> request(String url) {
            HttpMethod verb = HttpMethod.valueOf(method);
            AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(verb, url);
            if (!fileParts.isEmpty()) {
                var multipart = MockMvcRequestBuilders.multipart(verb, url);
                fileParts.forEach(part -> multipart.file(new MockMultipartFile(part, new byte[0])));
                request = multipart;
            } else if (write()) {
                request.contentType(consumes != null ? consumes
                        : api() ? MediaType.valueOf("text/csv") : MediaType.APPLICATION_FORM_URLENCODED);
            }
            headers.forEach(request::header);
            return write() ? request.with(csrf()) : request;
        }
    }

    private AccessRoutes() {
    }

    /** Every route by key; a mapping without a method is taken as GET (the error page). */
    static Map<String, Route> of(RequestMappingHandlerMapping mappings) {
        Map<String, Route> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Map<String, String> headers = headers(info);
            Set<MediaType> consumed = info.getConsumesCondition().getConsumableMediaTypes();
            String consumes = consumed.stream().map(MediaType::toString).sorted().collect(Collectors.joining(","));
            String condition = headers.entrySet().stream().map(h -> h.getKey() + "=" + h.getValue())
                    .collect(Collectors.joining(",", headers.isEmpty() ? "" : "[", headers.isEmpty() ? "" : "]"))
                    + (consumes.isEmpty() ? "" : "[consumes=" + consumes + "]");
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String key = method + " " + pattern + condition;
                    routes.put(key, new Route(key, method.name(), pattern, headers,
                            consumes.isEmpty() ? null : MediaType.valueOf(consumes.split(",")[0]), fileParts(handler)));
                }
            }
        });
        return routes;
    }

    /** The names of the uploaded files the handler reads: such a route is asked with a multipart request. */
    private static List<String> fileParts(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()))
                .map(parameter -> {
                    RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
                    return named != null && !named.name().isEmpty() ? named.name()
                            : parameter.getParameterName() == null ? "file" : parameter.getParameterName();
                })
                .toList();
    }

    private static Map<String, String> headers(RequestMappingInfo info) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (NameValueExpression<String> expression : info.getHeadersCondition().getExpressions()) {
            if (!expression.isNegated() && expression.getValue() != null) {
                headers.put(expression.getName(), expression.getValue());
            }
        }
        return headers;
    }

    /**
     * Null when the answer is the declared one, else what was wrong. {@code ok} is a 2xx or a redirect
     * for a read; for a write it is any answer but a refusal (401, 403, 404, 405), the login page or a
     * server error. {@code login} is the login page for pages and 401 for the API.
     */
    static String verdict(Route route, Expectation expected, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        boolean right;
        if (expected.login()) {
            right = route.api() ? status == 401 : toLogin;
        } else if (expected.ok() && !route.write()) {
            right = status >= 200 && status < 400 && !toLogin;
        } else if (expected.ok()) {
            right = status < 500 && !REFUSED.contains(status) && !toLogin;
        } else {
            right = status == expected.status();
        }
        return right ? null : "expected " + expected.token() + ", got " + status
                + (location == null ? "" : " to " + location);
    }
}
