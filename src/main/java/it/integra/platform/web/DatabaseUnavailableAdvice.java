package it.integra.platform.web;

import it.integra.platform.database.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A handler that could not reach the database (stopped, restarting, or no connection free within the
 * pool's timeout): 503 with {@code Retry-After}, the service-unavailable page or problem, never a 500.
 * Failures out of filters (a login, a token) reach {@link ErrorPages}, which answers them alike.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
class DatabaseUnavailableAdvice {

    private final Refusals refusals;

    DatabaseUnavailableAdvice(Refusals refusals) {
        this.refusals = refusals;
    }

    /** The types a lost database surfaces as; one of them for another reason goes on as before (a 500). */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
        TransactionSystemException.class, UncategorizedSQLException.class})
    Object unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (!DatabaseFailures.unreachable(e)) {
            throw e;
        }
        return refusals.unavailable(request, response);
    }
}
