package it.integra.platform.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the client of a request has gone, asked of the operating system: the servlet API tells it
 * only when a write fails, which for a report comes after all its work. On Linux the kernel lists every
 * TCP connection in {@code /proc/net/tcp} and {@code /proc/net/tcp6}: a connection the client closed
 * is in state CLOSE_WAIT until the server closes it, and one it reset is no longer listed while the
 * server's listening socket is. Elsewhere (no such files) every client counts as present.
 *
 * <p>Behind a reverse proxy the connection seen is the proxy's; proxies close it when their client
 * goes (nginx unless {@code proxy_ignore_client_abort}), so the answer holds there too.
 */
final class ClientConnection {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String LISTEN = "0A";
    /** CLOSE_WAIT, LAST_ACK, CLOSING, CLOSE: the peer has closed or the connection is ending. */
    private static final List<String> ENDED = List.of("08", "09", "0B", "07");

    private ClientConnection() {
    }

    /** True only when the system shows that the connection from {@code remotePort} to {@code localPort} has ended. */
    static boolean gone(int localPort, int remotePort) {
        return read().gone(localPort, remotePort);
    }

    /**
     * Readings shared by the requests running at once: reading the system's table costs in proportion to
     * every connection of the machine, and under a burst each request asking for its own made the check
     * one of the server's main costs. A reading taken after a request arrived lists that request's
     * connection unless it has ended (a connection opened after a reading would look gone in it, so an
     * older reading never answers for a newer request), and one older than {@code maxAge} is not used.
     */
    static final class Readings {

        private final long maxAgeNanos;
        private Table last;
        private long takenAt;

        Readings(java.time.Duration maxAge) {
            this.maxAgeNanos = maxAge.toNanos();
        }

        /** A reading taken after {@code arrivedAt} ({@link System#nanoTime()}), shared when one is fresh enough. */
        synchronized Table since(long arrivedAt) {
            long now = System.nanoTime();
            if (last == null || takenAt - arrivedAt < 0 || now - takenAt > maxAgeNanos) {
                takenAt = now;
                last = read();
            }
            return last;
        }
    }

    /** The system's connections at this moment, to ask about several requests with one reading. */
    static Table read() {
        List<String> lines = new ArrayList<>();
        for (Path table : TABLES) {
            try {
                lines.addAll(Files.readAllLines(table));
            } catch (IOException | SecurityException e) {
                // not Linux, or not readable: no connection will be known to have ended
            }
        }
        return new Table(lines);
    }

    record Table(List<String> lines) {

        boolean gone(int localPort, int remotePort) {
            String local = ":" + hex(localPort);
            String remote = ":" + hex(remotePort);
            boolean listening = false;
            for (String line : lines) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 4 || !fields[1].endsWith(local)) {
                    continue;
                }
                if (fields[2].endsWith(remote)) {
                    return ENDED.contains(fields[3]);
                }
                listening |= LISTEN.equals(fields[3]);
            }
            return listening;
        }
    }

    private static String hex(int port) {
        return String.format(Locale.ROOT, "%04X", port);
    }
}
