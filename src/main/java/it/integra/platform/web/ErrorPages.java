package it.integra.platform.web;

import it.integra.platform.Violation;
import it.integra.platform.database.DatabaseFailures;
import it.integra.platform.load.LoadSettings;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where every error ends that no handler answered: an exception out of a handler or a filter, a
 * status sent without a body, a refusal of {@link RequestInputFilter}. On the API (the original path
 * starts with {@code /api/}) the answer is a problem document, 500 included, with no stack trace or
 * SQL; elsewhere the error page in the user's language.
 */
@Controller
class ErrorPages implements ErrorController {

    static final String PATH = "/error";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Refusals refusals;
    private final LoadSettings load;

    ErrorPages(Refusals refusals, LoadSettings load) {
        this.refusals = refusals;
        this.load = load;
    }

    @RequestMapping(PATH)
    Object error(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestInputFilter.REFUSAL) instanceof Violation refusal) {
            return refusals.invalid(request, HttpStatus.BAD_REQUEST, List.of(refusal));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e
                && DatabaseFailures.unreachable(e)) {
            return refusals.unavailable(request, response);
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e && BusyAdvice.overload(e)) {
            LOG.info("Overloaded while filtering {}: answered 503", originalUri(request));
            response.setHeader(HttpHeaders.RETRY_AFTER, load.retryAfterSeconds());
            return refusals.failure(request, HttpStatus.SERVICE_UNAVAILABLE);
        }
        HttpStatus status = status(request, response);
        if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
            LOG.debug("Answered {} to {}", status.value(), originalUri(request), e);
        }
        return refusals.failure(request, status);
    }

    private static HttpStatus status(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int value = code instanceof Integer number ? number : response.getStatus();
        HttpStatus status = HttpStatus.resolve(value);
        if (status == null) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // the error page asked for directly: there is no error to show
        return status.isError() ? status : HttpStatus.NOT_FOUND;
    }

    /** The path the client asked for, also when the error page is reached by a forward or an error dispatch. */
    static String originalUri(HttpServletRequest request) {
        for (String attribute : List.of(RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI)) {
            if (request.getAttribute(attribute) instanceof String uri) {
                return uri;
            }
        }
        return request.getRequestURI();
    }

    static boolean isApi(HttpServletRequest request) {
        return isApi(originalUri(request), request.getContextPath());
    }

    static boolean isApi(String uri, String contextPath) {
        return uri != null && uri.startsWith(contextPath + "/api/");
    }
}
