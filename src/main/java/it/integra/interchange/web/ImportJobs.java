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
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page run in the background so the page can show their progress; the
 * uploaded file waits in a temporary file. Jobs are kept for an hour after they end.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final InterchangeManagement interchange;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(InterchangeManagement interchange) {
        this.interchange = interchange;
    }

    ImportJob start(String dataset, String fileName, Path file, CurrentUser user) {
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), user.id(), dataset, fileName, Instant.now());
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, file, user));
        return job;
    }

    Optional<ImportJob> find(String id, CurrentUser user) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.ownerId() == user.id());
    }

    private void run(ImportJob job, Path file, CurrentUser user) {
        ImportProgress progress = job::progress;
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult result = interchange.readsOtherFormat(job.dataset(), null, job.fileName())
                    ? interchange.importFile(job.dataset(), in, null, job.fileName(), user, progress)
                    : interchange.importCsv(job.dataset(), CsvRequests.utf8(in), user, progress);
            job.succeeded(result);
        } catch (ImportRejectedException e) {
            job.rejected(e);
        } catch (IOException | RuntimeException e) {
            log.error("Import {} of {} failed", job.id(), job.dataset(), e);
            job.failed(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }

    private void forgetOldJobs() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.endedBefore(limit));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
