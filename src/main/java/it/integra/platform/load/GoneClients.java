package it.integra.platform.load;

import it.integra.platform.database.StatementWatch;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Watches the heavy requests being worked on, once a second, and cancels the running SQL statement of
 * one whose client has gone ({@link ClientConnection}): a user who leaves a slow report does not leave
 * the database computing it for nobody. The request then ends as a statement cancelled (503 to nobody).
 */
@Component
class GoneClients implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GoneClients.class);

    private final Set<InFlight> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong cancelled = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gone-clients");
        thread.setDaemon(true);
        return thread;
    });

    GoneClients() {
        ticker.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    /** A heavy request from this client connection, running its statements through the watch. */
    InFlight started(int localPort, int remotePort, String path, StatementWatch statements) {
        InFlight request = new InFlight(localPort, remotePort, path, statements, new AtomicBoolean());
        running.add(request);
        return request;
    }

    void finished(InFlight request) {
        running.remove(request);
    }

    /** Statements cancelled because their client had gone. */
    long cancelled() {
        return cancelled.get();
    }

    void check() {
        if (running.isEmpty()) {
            return;
        }
        ClientConnection.Table connections = ClientConnection.read();
        for (InFlight request : running) {
            if (connections.gone(request.localPort(), request.remotePort()) && request.gone().compareAndSet(false, true)) {
                LOG.info("The client of {} has gone: its running statement is cancelled", request.path());
                request.statements().cancel();
                cancelled.incrementAndGet();
            }
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }

    record InFlight(int localPort, int remotePort, String path, StatementWatch statements, AtomicBoolean gone) {
    }
}
