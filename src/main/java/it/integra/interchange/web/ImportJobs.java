package it.integra.interchange.web;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page run in the background on the node that received the file, which waits
 * in a temporary file there; their progress and outcome are in the database ({@link ImportJobStore}),
 * so the page can follow them through any node. Jobs are kept for an hour after they end.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final Duration KEEP = Duration.ofHours(1);
    /** How often this node tells the others that its running jobs are alive, well within {@link ImportJobStore#STALE}. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(20);

    private final InterchangeManagement interchange;
    private final ImportJobStore store;
    private final String node = nodeName();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    ImportJobs(InterchangeManagement interchange, ImportJobStore store) {
        this.interchange = interchange;
        this.store = store;
        keepAlive.scheduleWithFixedDelay(this::touchRunning, TOUCH_EVERY.toSeconds(), TOUCH_EVERY.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Starts the import and returns its id; the job is in the database before this returns. */
    String start(String dataset, String fileName, Path file, CurrentUser user) {
        store.forget(KEEP);
        String id = UUID.randomUUID().toString();
        store.insert(id, user.id(), dataset, fileName, node);
        running.add(id);
        // the request's id (and whatever else the request's log lines carry) goes on the job's log lines
        Map<String, String> context = MDC.getCopyOfContextMap();
        executor.submit(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                run(id, dataset, fileName, file, user);
            } finally {
                MDC.clear();
            }
        });
        return id;
    }

    Optional<ImportJob> find(String id, CurrentUser user) {
        return store.find(id, user.id());
    }

    private void run(String id, String dataset, String fileName, Path file, CurrentUser user) {
        ImportProgress progress = new StoredProgress(id, store);
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult result = interchange.readsOtherFormat(dataset, null, fileName)
                    ? interchange.importFile(dataset, in, null, fileName, user, progress)
                    : interchange.importCsv(dataset, CsvRequests.utf8(in), user, progress);
            store.succeeded(id, result);
        } catch (ImportRejectedException e) {
            store.rejected(id, e.errors(), e.errorCount());
        } catch (IOException | RuntimeException e) {
            log.error("Import {} of {} failed", id, dataset, e);
            failed(id);
        } finally {
            running.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }

    private void failed(String id) {
        try {
            store.failed(id);
        } catch (RuntimeException e) {
            // the database itself is away: the job stops being touched and reads as failed after a while
            log.warn("Import {} could not be marked failed: {}", id, e.getMessage());
        }
    }

    private void touchRunning() {
        try {
            store.touch(Set.copyOf(running));
        } catch (RuntimeException e) {
            log.warn("Could not touch the running imports: {}", e.getMessage());
        }
    }

    /** Names this node in the job's row, for an operator reading the table; not used for any decision. */
    private static String nodeName() {
        String host = System.getenv("HOSTNAME");
        return (host == null || host.isBlank() ? "node" : host) + "/" + ProcessHandle.current().pid();
    }

    @PreDestroy
    void stop() {
        keepAlive.shutdownNow();
        executor.shutdownNow();
    }
}
