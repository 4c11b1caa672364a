package it.integra.monitoring.web;

import it.integra.monitoring.OutOfScopeFilterException;
import it.integra.monitoring.UnknownFilterException;
import it.integra.monitoring.UnknownReleaseException;
import it.integra.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A report asked with a filter that names nothing known or is malformed: 400 with the reason, naming
 * the field in the reader's language; a province outside a regional analyst's region: 403; a release of
 * open data that is not published: 404.
 */
@RestControllerAdvice(assignableTypes = {ReportsApiController.class, MonitoringPackController.class,
    PublishedReportsController.class})
class ReportProblems {

    private final Problems problems;

    ReportProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnknownFilterException.class)
    ProblemDetail unknownFilter(UnknownFilterException e) {
        return problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.value());
    }

    @ExceptionHandler(UnknownReleaseException.class)
    ProblemDetail unknownRelease(UnknownReleaseException e) {
        return problem(HttpStatus.NOT_FOUND, e.messageKey(), e.value());
    }

    @ExceptionHandler(OutOfScopeFilterException.class)
    ProblemDetail outOfScope(OutOfScopeFilterException e) {
        return problem(HttpStatus.FORBIDDEN, e.messageKey(), e.value());
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... arguments) {
        return problems.of(status, "report.filter.title", key, arguments);
    }
}
