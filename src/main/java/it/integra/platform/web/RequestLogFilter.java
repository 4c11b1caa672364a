package it.integra.platform.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request log: one line per request, written when the answer is complete (a streamed download
 * when its stream ends), with the method, the path as {@link LoggedPath} shows it, the status, the
 * duration in milliseconds and the numeric id of the signed-in user ({@code -} for nobody). First of all
 * filters, it gives the request its id ({@link RequestIds}): in the MDC for every log line written while
 * the request is served, and in the {@code X-Request-Id} header of the answer. The lines go to the
 * logger {@value #LOGGER}, so they can be turned off or sent elsewhere on their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "it.integra.requests";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        long start = System.nanoTime();
        response.setHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenComplete(id, start, request, response));
            } else {
                write(request, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus(), start);
            }
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private static void write(HttpServletRequest request, int status, long start) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        String path = LoggedPath.of(request.getRequestURI(), request.getQueryString());
        String user = RequestUserFilter.userOf(request);
        log.atInfo()
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("http.path", path)
                .addKeyValue("http.status", status)
                .addKeyValue("duration_ms", millis)
                .addKeyValue("user_id", user)
                .log("{} {} {} {} ms user {}", request.getMethod(), path, status, millis, user);
    }

    /** Writes the line of a request answered asynchronously (a streamed export) once it is complete. */
    private record WhenComplete(String id, long start, HttpServletRequest request, HttpServletResponse response)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            MDC.put(RequestIds.MDC_KEY, id);
            try {
                write(request, response.getStatus(), start);
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
