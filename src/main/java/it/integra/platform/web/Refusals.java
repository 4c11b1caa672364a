package it.integra.platform.web;

import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.Problems;
import it.integra.platform.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a refusal or a failure the same way wherever it is found: on the API a problem document, on
 * the pages the error page ({@code templates/error.html}) with the same texts.
 */
@Component
class Refusals {

    /** Statuses with a title and detail of their own in the bundles; others get the generic ones. */
    private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 500, 503);

    /** The flash attribute holding the notice of a change that came too late (shown by the page layout). */
    static final String CHANGED_MEANWHILE = "changedMeanwhile";

    /** A restarted embedded server serves again within seconds; an external one is up to its operators. */
    static final long RETRY_AFTER_SECONDS = 10;

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

    /**
     * A change that came too late: on the API 409 naming who changed the record and when; on the pages
     * back to the record's page, which shows its current state with the notice.
     */
    Object changedMeanwhile(HttpServletRequest request, ChangedMeanwhile e) {
        Violation violation = e.violation();
        Object[] arguments = violation.arguments().toArray();
        if (ErrorPages.isApi(request)) {
            ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "problem.409.title", violation.code(), arguments);
            e.actor().ifPresent(actor -> problem.setProperty("changedBy", actor));
            e.at().ifPresent(at -> problem.setProperty("changedAt", at.toInstant().toString()));
            return Problems.answer(problem, ErrorPages.originalUri(request));
        }
        RequestContextUtils.getOutputFlashMap(request).put(CHANGED_MEANWHILE, problems.text(violation.code(), arguments));
        return new ModelAndView("redirect:" + RecordPage.of(request));
    }

    /**
     * The database cannot be reached for a moment: 503 with {@code Retry-After}, on the pages the
     * service-unavailable page, on the API a problem.
     */
    Object unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        if (ErrorPages.isApi(request)) {
            ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.title",
                    "problem.unavailable.detail");
            return Problems.answer(problem, ErrorPages.originalUri(request));
        }
        return page(HttpStatus.SERVICE_UNAVAILABLE, List.of());
    }

    private static ModelAndView page(HttpStatus status, List<String> messages) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messages", messages);
        return page;
    }
}
