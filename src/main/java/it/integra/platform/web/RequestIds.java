package it.integra.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together the log lines of one request. A caller (a proxy, a client) may send its own
 * in {@code X-Request-Id}; it is kept when it is short and made of letters, digits, dots, underscores
 * and hyphens, so that it can neither forge a log line nor flood one. Otherwise a random UUID.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    /** The MDC key, shown by the log pattern and as a field of the JSON lines. */
    static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RequestIds() {
    }

    static String accept(String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
