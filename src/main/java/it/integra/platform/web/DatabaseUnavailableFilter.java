package it.integra.platform.web;

import it.integra.platform.database.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter (the login, a session or token check) that could not reach the database: the request goes
 * to the error page, which answers 503, with one line in the log instead of the container's stack
 * trace for every request while the database is down. Handlers' failures are {@link DatabaseUnavailableAdvice}'s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** The request attribute carrying the failure to the error page. */
    static final String FAILURE = DatabaseUnavailableFilter.class.getName() + ".failure";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseFailures.unavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Answered 503 to {} {}: the database cannot be reached ({})", request.getMethod(),
                    request.getRequestURI(), e.getMessage());
            request.setAttribute(FAILURE, e);
            // an error dispatch, as for the exception itself, which filters that need the database skip
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
