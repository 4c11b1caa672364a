package it.integra.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL and starts it again when its postmaster dies (killed, crashed, out of
 * memory), on the same folder and port, so that the application serves again without a restart of its
 * own. The pool then drops the connections it held to the dead server. A failed restart is tried again
 * at the next look.
 */
final class DatabaseWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);

    private final EmbeddedDatabase database;
    private final HikariDataSource pool;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseWatchdog(EmbeddedDatabase database, HikariDataSource pool, Duration interval) {
        this.database = database;
        this.pool = pool;
        long every = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::look, every, every, TimeUnit.MILLISECONDS);
    }

    void look() {
        try {
            if (database.restartIfStopped()) {
                HikariPoolMXBean connections = pool.getHikariPoolMXBean();
                if (connections != null) {
                    connections.softEvictConnections();
                }
            }
        } catch (RuntimeException e) {
            log.warn("The embedded PostgreSQL did not start again ({}); trying again shortly", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
