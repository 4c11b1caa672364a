package it.integra.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an instance that was killed (SIGKILL re-parents the postmaster
 * instead of stopping it). Called only while holding the data-folder lock, so any live postmaster
 * serving the folder is an orphan and safe to stop.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /** Stops the orphaned postmaster of {@code pgData}, if there is one; returns whether one was found. */
    static boolean stopIfRunning(Path pgData) {
        Optional<ProcessHandle> orphan = find(pgData);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle process = orphan.get();
        log.warn("Found a PostgreSQL server (pid {}) orphaned by an earlier run on {}; stopping it", process.pid(), pgData);
        signal(process.pid(), "INT"); // fast shutdown: rolls back open transactions, checkpoints, exits
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The orphaned PostgreSQL server (pid " + process.pid()
                    + ") on " + pgData + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; stop it by hand", e);
        }
        return true;
    }

    static Optional<ProcessHandle> find(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesFolder(p, pgData));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean servesFolder(ProcessHandle process, Path pgData) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            String command = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
            return command.contains("postgres") && command.contains(pgData.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            // no /proc (not Linux): trust the executable name alone
            return process.info().command().map(c -> c.contains("postgres")).orElse(false);
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
