package it.integra.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shared memory segment of a dead postmaster. Its server processes outlive it for a moment (each
 * notices the death and exits), and while any of them is still attached to the segment PostgreSQL
 * refuses to start on the folder. Linux lists the segments, with how many processes hold each, in
 * {@code /proc/sysvipc/shm}; elsewhere there is nothing to wait for but the start's own retries.
 */
final class SharedMemory {

    private static final Path SEGMENTS = Path.of("/proc/sysvipc/shm");

    private SharedMemory() {
    }

    /** Waits until no process holds the segment named in {@code postmaster.pid}, at most {@code limit}. */
    static void awaitReleased(Path pgData, Duration limit) {
        Optional<String> id = segmentId(pgData);
        long deadline = System.nanoTime() + limit.toNanos();
        while (id.isPresent() && attached(id.get()) > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Line 7 of {@code postmaster.pid}: the segment's key and id. */
    private static Optional<String> segmentId(Path pgData) {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            if (lines.size() < 7) {
                return Optional.empty();
            }
            String[] keyAndId = lines.get(6).trim().split("\\s+");
            return keyAndId.length == 2 ? Optional.of(keyAndId[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Columns: key shmid perms size cpid lpid nattch ... */
    private static int attached(String id) {
        try {
            for (String line : Files.readAllLines(SEGMENTS, StandardCharsets.US_ASCII)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 6 && columns[1].equals(id)) {
                    return Integer.parseInt(columns[6]);
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
