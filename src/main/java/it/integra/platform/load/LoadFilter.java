package it.integra.platform.load;

import it.integra.platform.database.StatementBudget;
import it.integra.platform.database.StatementWatch;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the work of each request, after the sign-in (so that anonymous requests for signed-in routes
 * take no permit; the public open-data reports under {@code /api/v1/published} do count as reports):
 * <ul>
 *   <li>its SQL statements run at most {@link LoadSettings#statementTimeout()} ({@link StatementBudget};
 *       a statement cancelled for it is answered 503 by the error advice), but for the long routes;</li>
 *   <li>a request for {@link HeavyWork} takes a permit of its class, or after a short wait is answered
 *       503 with {@code Retry-After} (the error page in the user's language, a problem on the API);</li>
 *   <li>a heavy request whose client has already gone (it waited in the server's queue or for a
 *       permit) is not started ({@link ClientConnection}), and one whose client goes while it runs has
 *       its running statement cancelled ({@link GoneClients}).</li>
 * </ul>
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class LoadFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoadFilter.class);

    private final LoadSettings settings;
    private final WorkLimiter limiter;
    private final GoneClients clients;
    private static final Duration WAITED = Duration.ofMillis(1);
    private final ClientConnection.Readings connections = new ClientConnection.Readings(Duration.ofMillis(250));

    LoadFilter(LoadSettings settings, WorkLimiter limiter, GoneClients clients) {
        this.settings = settings;
        this.limiter = limiter;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long arrived = System.nanoTime();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (settings.bounded(path)) {
            StatementBudget.set(settings.statementTimeout());
        }
        try {
            Optional<HeavyWork> work = HeavyWork.of(path);
            if (work.isPresent()) {
                limited(work.get(), arrived, request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            StatementBudget.clear();
        }
    }

    private void limited(HeavyWork work, long arrived, HttpServletRequest request, HttpServletResponse response,
                         FilterChain chain) throws ServletException, IOException {
        if (clientGone(arrived, request, response)) {
            return;
        }
        long asked = System.nanoTime();
        if (!limiter.acquire(work, settings.waitForPermit())) {
            LOG.debug("Busy: the {} {} permits are taken; {} answered 503", limiter.size(work), work,
                    request.getRequestURI());
            response.setHeader(HttpHeaders.RETRY_AFTER, settings.retryAfterSeconds());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        long acquired = System.nanoTime();
        Release release = new Release(limiter, work);
        try {
            // asked again only of a request that waited for its permit: its client may have left meanwhile
            boolean waited = acquired - asked > WAITED.toNanos();
            if (!waited || !clientGone(acquired, request, response)) {
                watched(request, response, chain);
            }
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(release);
            } else {
                release.run();
            }
        }
    }

    /** Runs the request with its statements watched, to be cancelled if the client goes meanwhile. */
    private void watched(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StatementWatch statements = new StatementWatch();
        StatementBudget.watch(statements);
        GoneClients.InFlight running = clients.started(request.getLocalPort(), request.getRemotePort(),
                request.getRequestURI(), statements);
        try {
            chain.doFilter(request, response);
        } finally {
            clients.finished(running);
        }
    }

    /** Whether the client has gone, by a reading of the connections taken after {@code since}. */
    private boolean clientGone(long since, HttpServletRequest request, HttpServletResponse response) {
        if (!connections.since(since).gone(request.getLocalPort(), request.getRemotePort())) {
            return false;
        }
        limiter.countAbandoned();
        LOG.debug("Not started: the client of {} has gone", request.getRequestURI());
        // nobody reads this answer; it only keeps the access log truthful
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return true;
    }

    /** Gives the permit back once, at the end of the request or of its asynchronous part (a streamed export). */
    private static final class Release implements AsyncListener, Runnable {

        private final WorkLimiter limiter;
        private final HeavyWork work;
        private final AtomicBoolean done = new AtomicBoolean();

        Release(WorkLimiter limiter, HeavyWork work) {
            this.limiter = limiter;
            this.work = work;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                limiter.release(work);
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            run();
        }

        @Override
        public void onError(AsyncEvent event) {
            run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the same request goes on asynchronously: the permit stays taken
        }
    }
}
