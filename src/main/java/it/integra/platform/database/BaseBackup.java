package it.integra.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An online base backup of the running embedded cluster, with PostgreSQL's own low-level API
 * (documentation, "Making a Base Backup Using the Low Level API"): {@code pg_backup_start} on a
 * connection of its own, a copy of the cluster's files while the server keeps writing,
 * {@code pg_backup_stop}, whose {@code backup_label} goes into the archive, and the WAL segments
 * from the start to the stop location. A temporary replication slot, created on the same connection
 * before the start, keeps those segments from being recycled until they are copied; the server drops
 * it when the connection ends, as it also aborts the backup if anything fails half way.
 * <p>
 * Started on the archive's {@code pgdata}, PostgreSQL reads {@code backup_label}, replays the WAL from
 * the checkpoint it names up to the end of the backup, and so reaches the state the database was in
 * when {@code pg_backup_stop} returned: every transaction committed before {@code pg_backup_start}
 * is in it, and transactions committed during the copy are in it whole or not at all.
 */
final class BaseBackup {

    /** Where the cluster and the application's own files sit in the archive, as in the data folder. */
    static final String CLUSTER = "pgdata/";
    static final String LABEL = CLUSTER + "backup_label";

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    /** Folders kept empty in a backup: the server rebuilds their contents (WAL is added apart). */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files never copied: those of the running server, and those this backup writes itself. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "backup_label.old", "tablespace_map", "tablespace_map.old", "recovery.signal", "standby.signal",
            "backup_manifest");

    private BaseBackup() {
    }

    /** Writes a backup of {@code database} as a zip archive to {@code out}, which it does not close. */
    static void write(EmbeddedDatabase database, String label, OutputStream out) throws IOException, SQLException {
        Path pgData = database.folder().resolve("pgdata");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                database.password())) {
            connection.setAutoCommit(true);
            String slot = "integra_backup_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
            query(connection, "SELECT slot_name::text FROM pg_create_physical_replication_slot(?, true, true)", slot);
            String startWal = query(connection, "SELECT pg_walfile_name(pg_backup_start(?, true))::text", label).get(0);
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED); // the copy is the window in which WAL piles up: keep it short
            copyCluster(pgData, zip);
            List<String> stop = query(connection,
                    "SELECT pg_walfile_name(lsn)::text, labelfile, spcmapfile FROM pg_backup_stop(false)");
            copyWal(pgData.resolve("pg_wal"), startWal, stop.get(0), zip);
            text(zip, LABEL, stop.get(1));
            if (stop.get(2) != null && !stop.get(2).isEmpty()) {
                text(zip, CLUSTER + "tablespace_map", stop.get(2));
            }
            copyFile(database.folder().resolve(ServerAuthentication.PASSWORD_FILE), ServerAuthentication.PASSWORD_FILE, zip);
            zip.finish();
        }
    }

    private static void copyCluster(Path pgData, ZipOutputStream zip) throws IOException {
        Files.walkFileTree(pgData, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = pgData.relativize(dir);
                if (dir.equals(pgData)) {
                    return FileVisitResult.CONTINUE;
                }
                if (isTemporary(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folder(zip, CLUSTER + name(relative) + "/");
                if (relative.getNameCount() == 1 && EMPTIED.contains(relative.toString())) {
                    // an empty folder, as the server expects; a slot's folder without its state would stop recovery
                    if (relative.toString().equals("pg_wal")) {
                        folder(zip, CLUSTER + "pg_wal/archive_status/");
                        folder(zip, CLUSTER + "pg_wal/summaries/");
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = pgData.relativize(file);
                if (attributes.isRegularFile() && copied(relative)) {
                    copyFile(file, CLUSTER + name(relative), zip);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // removed while walked (a dropped table, a finished sort): not needed
                }
                throw e;
            }
        });
    }

    private static void folder(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.closeEntry();
    }

    private static String name(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Whether a file of the cluster, named relative to its folder, belongs in a backup. */
    static boolean copied(Path relative) {
        String file = relative.getFileName().toString();
        return !(relative.getNameCount() == 1 && LEFT_OUT.contains(file))
                && !EMPTIED.contains(relative.getName(0).toString())
                && !file.equals("pg_internal.init")
                && !isTemporary(relative);
    }

    private static boolean isTemporary(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("pgsql_tmp")) {
                return true;
            }
        }
        return false;
    }

    /** The WAL segments from the one holding the start location to the one holding the stop location. */
    private static void copyWal(Path pgWal, String first, String last, ZipOutputStream zip) throws IOException {
        List<Path> segments;
        try (Stream<Path> files = Files.list(pgWal)) {
            segments = files.filter(path -> WAL_SEGMENT.matcher(path.getFileName().toString()).matches())
                    .filter(path -> between(path.getFileName().toString(), first, last))
                    .sorted()
                    .toList();
        }
        if (segments.isEmpty() || !segments.get(0).getFileName().toString().equals(first)) {
            throw new IOException("the WAL segment " + first + " that the backup starts from is no longer in " + pgWal);
        }
        for (Path segment : segments) {
            copyFile(segment, CLUSTER + "pg_wal/" + segment.getFileName(), zip);
        }
    }

    /** Segment names of one timeline sort as their positions do. */
    static boolean between(String segment, String first, String last) {
        return segment.compareTo(first) >= 0 && segment.compareTo(last) <= 0;
    }

    private static void copyFile(Path file, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return; // removed since listed (a dropped table): replaying the WAL removes it anyway
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<String> query(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                int columns = row.getMetaData().getColumnCount();
                List<String> values = new java.util.ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(row.getString(i));
                }
                return values;
            }
        }
    }
}
