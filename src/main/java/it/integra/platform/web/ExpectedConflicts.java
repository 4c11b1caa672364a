package it.integra.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * The log of refusals that are part of normal work (a rule broken, a record changed by someone else
 * first): one INFO line each, with the method, the path without its query and what was refused, never a
 * stack trace or SQL, so that a double click does not look like a fault to whoever reads the log.
 */
final class ExpectedConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(ExpectedConflicts.class);

    private ExpectedConflicts() {
    }

    static void log(HttpServletRequest request, HttpStatus status, String what) {
        LOG.info("Refused {} {} {}: {}", status.value(), request.getMethod(), ErrorPages.originalUri(request), what);
    }

    /** What kind of race was lost, without the driver's message (which may quote SQL and values). */
    static String kind(DataAccessException e) {
        if (e instanceof OptimisticLockingFailureException) {
            return "changed meanwhile (optimistic lock)";
        }
        if (e instanceof DuplicateKeyException) {
            return "changed meanwhile (unique key)";
        }
        return "changed meanwhile (" + e.getClass().getSimpleName() + ")";
    }
}
