package it.integra.platform.web;

import it.integra.platform.database.DatabaseFailures;

import it.integra.platform.load.LoadSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A statement cancelled for running longer than an interactive request may ({@code integra.load.statement-timeout})
 * (or cancelled because its client had gone) is an overloaded moment, not a bug: 503 with {@code Retry-After}, the error page saying to try again or a
 * problem on the API, and one INFO line rather than a stack trace. So is a request that found no pooled
 * connection free within the pool's connection timeout.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
class BusyAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(BusyAdvice.class);

    private final Refusals refusals;
    private final LoadSettings settings;

    BusyAdvice(Refusals refusals, LoadSettings settings) {
        this.refusals = refusals;
        this.settings = settings;
    }

    /**
     * Every pooled connection was busy for the pool's whole connection timeout: too many requests at once
     * (met by a query, or by a transaction about to begin). Another failure to begin a transaction is not
     * this one, and goes on to the error page.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class})
    Object noConnection(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (!overload(e)) {
            throw e;
        }
        LOG.info("No database connection came free in time for {}: answered 503", request.getRequestURI());
        response.setHeader(HttpHeaders.RETRY_AFTER, settings.retryAfterSeconds());
        return refusals.failure(request, HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * Whether a failure is the overload this advice answers, also when it is met outside a handler (the
     * session check of the security filters needs a connection too) and so reaches the error page.
     */
    static boolean overload(Throwable failure) {
        if (DatabaseFailures.busy(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(QueryTimeoutException.class)
    Object timedOut(HttpServletRequest request, HttpServletResponse response) {
        LOG.info("A statement of {} was cancelled (it ran longer than {}, or its client had gone): answered 503",
                request.getRequestURI(), settings.statementTimeout());
        response.setHeader(HttpHeaders.RETRY_AFTER, settings.retryAfterSeconds());
        return refusals.failure(request, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
