package it.integra.platform.web;

import it.integra.platform.Problems;
import it.integra.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a refusal or a failure the same way wherever it is found: on the API a problem document, on
 * the pages the error page ({@code templates/error.html}) with the same texts.
 */
@Component
class Refusals {

    /** Statuses with a title and detail of their own in the bundles; others get the generic ones. */
    private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 500, 503);

    private final Problems problems;

    Refusals(Problems problems) {
        this.problems = problems;
    }

    /** Fields that cannot be taken, each named with the reason. */
    Object invalid(HttpServletRequest request, HttpStatus status, List<Violation> violations) {
        if (ErrorPages.isApi(request)) {
            return Problems.answer(problems.invalid(status, violations), ErrorPages.originalUri(request));
        }
        List<String> messages = violations.stream().map(v -> problems.text(v.code(), v.arguments().toArray())).toList();
        return page(status, messages);
    }

    /** Something that went wrong as a whole, said with the texts of its status. */
    Object failure(HttpServletRequest request, HttpStatus status, Object... arguments) {
        String key = "problem." + (DESCRIBED.contains(status.value()) ? status.value() : "other");
        if (ErrorPages.isApi(request)) {
            ProblemDetail problem = problems.of(status, key + ".title", key + ".detail", arguments);
            return Problems.answer(problem, ErrorPages.originalUri(request));
        }
        // a 503 (too busy, or a statement out of time) tells the user to try again; other 5xx say nothing more
        boolean silent = status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN
                || status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE;
        return page(status, silent ? List.of() : List.of(problems.text(key + ".detail", arguments)));
    }

    private static ModelAndView page(HttpStatus status, List<String> messages) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messages", messages);
        return page;
    }
}
