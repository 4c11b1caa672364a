package it.integra.platform.web;

import it.integra.platform.Violation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every query parameter, and the form fields of the pages, before anything reads them (the
 * security filters included): see {@link RequestInput} for what is refused. A refusal is answered 400
 * by the error page ({@link ErrorPages}): a page naming the field in the user's language, or a
 * problem document on the API.
 *
 * <p>The query string is read raw and decoded strictly here, so the refusal names the field exactly.
 * Form bodies of the pages are parsed by the server (which refuses bytes that are not UTF-8 itself)
 * and their fields checked; the API takes no forms, so its bodies (CSV, XML, JSON) are not read here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestInputFilter extends OncePerRequestFilter {

    /** The request attribute carrying the refusal to the error page. */
    static final String REFUSAL = RequestInputFilter.class.getName() + ".refusal";

    private static final Pattern UNDECODED = Pattern.compile("Parameter \\[([^\\]]*)] with value");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Violation> refusal = RequestInput.checkEncoded(request.getQueryString());
        if (refusal.isEmpty() && hasForm(request)) {
            refusal = checkForm(request);
        }
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || ErrorPages.isApi(request.getRequestURI(), request.getContextPath())) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(media) || MediaType.MULTIPART_FORM_DATA.includes(media);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Violation> checkForm(HttpServletRequest request) {
        Map<String, String[]> fields;
        try {
            fields = request.getParameterMap();
        } catch (InvalidParameterException e) {
            return Optional.of(refusal(e));
        }
        for (Map.Entry<String, String[]> field : fields.entrySet()) {
            for (String value : field.getValue()) {
                Optional<Violation> refusal = RequestInput.check(field.getKey(), value);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the server could not read in a form: a field it could not decode, which it names in its
     * message ("Parameter [name] with value ..."), or the form as a whole (too large, too many fields,
     * broken), said without a field.
     */
    private static Violation refusal(InvalidParameterException e) {
        if (e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            return Violation.of("", "input.form.tooLarge");
        }
        Matcher field = UNDECODED.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (field.find()) {
            String name = RequestInput.shown(field.group(1));
            return Violation.of(name, "input.encoding", name);
        }
        return Violation.of("", "input.form");
    }

    /**
     * Shows the error page in place of the handler. The page is reached as a read without the refused
     * input, so that nothing downstream reads it again and a form's CSRF check, which never got to run
     * on the refused body, does not turn the 400 into a 403.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Violation violation)
            throws ServletException, IOException {
        request.setAttribute(REFUSAL, violation);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.getRequestDispatcher(ErrorPages.PATH).forward(new WithoutInput(request), response);
    }

    /** The request as the error page sees it: a GET with no parameters. */
    private static final class WithoutInput extends HttpServletRequestWrapper {

        WithoutInput(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
