package it.integra.platform.web;

import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The refusals every handler may meet, answered alike on every page and API route (ahead of the
 * framework's generic problem documents, which pages would show as JSON and which name no field in the
 * user's language): a rule broken ({@link ViolationException}) that the handler did not show on its
 * form, a parameter that is missing or not of its type, a body of a type the route does not take, a
 * route that does not exist or does not take the method, an upload too large, a bare status, a change
 * that came too late ({@link ChangedMeanwhile}, or a lost race on a lock or a unique key). Refusals are
 * expected: each is one INFO line, without a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RefusalAdvice {

    private final Refusals refusals;

    RefusalAdvice(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(ViolationException.class)
    Object violation(ViolationException e, HttpServletRequest request) {
        ExpectedConflicts.log(request, HttpStatus.BAD_REQUEST, e.getMessage());
        return refusals.invalid(request, HttpStatus.BAD_REQUEST, e.violations());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String field = RequestInput.shown(e.getName());
        return refusals.invalid(request, HttpStatus.BAD_REQUEST, List.of(Violation.of(field, "input.type", field)));
    }

    /** A form or filter bound without a place for its errors: each field named, as a value not of its type. */
    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest request) {
        List<Violation> violations = e.getFieldErrors().stream()
                .map(error -> RequestInput.shown(error.getField()))
                .distinct()
                .map(field -> Violation.of(field, "input.type", field))
                .toList();
        return refusals.invalid(request, HttpStatus.BAD_REQUEST,
                violations.isEmpty() ? List.of(Violation.of("", "input.form")) : violations);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        String field = RequestInput.shown(e.getParameterName());
        return refusals.invalid(request, HttpStatus.BAD_REQUEST, List.of(Violation.of(field, "input.missing", field)));
    }

    /** No such route or resource: the same 404 as a record out of the user's scope. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest request) {
        return refusals.failure(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request) {
        return refusals.failure(request, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return refusals.failure(request, HttpStatus.CONTENT_TOO_LARGE);
    }

    /** A handler that answers with a bare status (404 of an unknown import job, and the like). */
    @ExceptionHandler(ResponseStatusException.class)
    Object status(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return refusals.failure(request, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }

    // Changes that came too late (double submits, two people on one record): expected, so never a 500

    @ExceptionHandler(ChangedMeanwhile.class)
    Object changedMeanwhile(ChangedMeanwhile e, HttpServletRequest request) {
        ExpectedConflicts.log(request, HttpStatus.CONFLICT, e.getMessage());
        return refusals.changedMeanwhile(request, e);
    }

    /** A lost race that no facade turned into a {@link ChangedMeanwhile}: the same answer, without who and when. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    Object lostRace(DataAccessException e, HttpServletRequest request) {
        ExpectedConflicts.log(request, HttpStatus.CONFLICT, ExpectedConflicts.kind(e));
        return refusals.changedMeanwhile(request, ChangedMeanwhile.unknown());
    }

    /** A body of another type: 415 naming the types the route takes. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining(", "));
        String sent = e.getContentType() == null ? "-" : e.getContentType().toString();
        return refusals.failure(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, sent, accepted);
    }
}
