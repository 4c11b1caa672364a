package it.integra.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded database, kept in {@code <data folder>/backups/}. With an external
 * database there is no data folder to back up ({@link #available()} is false): its server's own tools
 * (pg_basebackup, pg_dump) do it, and every operation here refuses with {@link BackupsUnavailableException}.
 */
@Component
public class Backups {

    static final String FOLDER = "backups";
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final EmbeddedDatabase database;
    private final Clock clock;
    /** One backup at a time: a second request waits for the first rather than copying the cluster twice at once. */
    private final ReentrantLock running = new ReentrantLock();

    Backups(ObjectProvider<EmbeddedDatabase> database, Clock clock,
            @Value("${integra.restore-from:}") String restoreFrom) {
        this.database = database.getIfAvailable();
        this.clock = clock;
        if (this.database == null && !restoreFrom.isBlank()) {
            throw new RestoreRefusedException("--integra.restore-from restores a backup of the embedded database, but "
                    + "SPRING_DATASOURCE_URL names an external one. Restore an external server with its own tools "
                    + "(pg_restore, or a copy of its pg_basebackup), or start without SPRING_DATASOURCE_URL.");
        }
    }

    /** Whether the application runs its own PostgreSQL, whose backups it can take. */
    public boolean available() {
        return database != null;
    }

    /** Takes a backup now, while the application keeps running and writing. */
    public BackupFile create() {
        Path folder = folder();
        running.lock();
        try {
            Files.createDirectories(folder);
            String name = freeName(folder);
            Path partial = folder.resolve(name + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                BaseBackup.write(database, name, out);
            } catch (IOException | SQLException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("The backup " + name + " failed: " + e.getMessage(), e);
            }
            Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            BackupFile backup = describe(folder.resolve(name)).orElseThrow();
            log.info("Backup {} written ({} bytes) in {}", name, backup.size(), folder);
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup in " + folder + ": " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }

    /** The backups kept, newest first. */
    public List<BackupFile> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(this::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The file of the backup of this name; empty for a name that is not a backup's or a backup that is gone. */
    public Optional<Path> file(String name) {
        Path folder = folder();
        return BackupNames.takenAt(name).map(takenAt -> folder.resolve(name)).filter(Files::isRegularFile);
    }

    /** Deletes all but the newest {@code keep} backups; returns the names deleted. */
    public List<String> prune(int keep) {
        List<String> deleted = new BackupRetention(keep).toDelete(list().stream().map(BackupFile::name).toList());
        for (String name : deleted) {
            try {
                Files.deleteIfExists(folder().resolve(name));
                log.info("Backup {} deleted: only the newest {} are kept", name, keep);
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", name, e.getMessage());
            }
        }
        return deleted;
    }

    private Path folder() {
        if (database == null) {
            throw new BackupsUnavailableException();
        }
        return database.folder().resolve(FOLDER);
    }

    /** Named after the time taken; a second backup within the same second takes the next free second. */
    private String freeName(Path folder) {
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        while (Files.exists(folder.resolve(BackupNames.of(at)))) {
            at = at.plusSeconds(1);
        }
        return BackupNames.of(at);
    }

    private Optional<BackupFile> describe(Path file) {
        String name = file.getFileName().toString();
        return BackupNames.takenAt(name).flatMap(takenAt -> {
            try {
                return Optional.of(new BackupFile(name, Files.size(file), takenAt));
            } catch (IOException e) {
                return Optional.empty(); // deleted meanwhile
            }
        });
    }
}
