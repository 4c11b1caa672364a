package it.integra.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a backup written by {@link BaseBackup} into an empty data folder, before the embedded
 * server starts on it. Nothing else is needed: PostgreSQL finds {@code backup_label} and recovers
 * from the WAL in the archive by itself at its first start.
 */
final class BackupRestore {

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private BackupRestore() {
    }

    /** Refuses a data folder that holds anything: a restore never mixes with, or overwrites, data. */
    static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new RestoreRefusedException("The data folder " + folder + " is not empty. A backup is restored only "
                        + "into an empty or new folder: choose one with --integra.data-dir=PATH, or start without "
                        + "--integra.restore-from to use this folder as it is.");
            }
        } catch (IOException e) {
            throw new RestoreRefusedException("Cannot read the data folder " + folder + ": " + e.getMessage());
        }
    }

    /** Unpacks {@code archive} into {@code folder}, which must be empty but for the folder lock. */
    static void unpack(Path archive, Path folder) {
        if (!Files.isRegularFile(archive) || !Files.isReadable(archive)) {
            throw new RestoreRefusedException("The backup " + archive.toAbsolutePath() + " to restore does not exist or "
                    + "cannot be read (--integra.restore-from=FILE).");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.getEntry(BaseBackup.LABEL) == null || zip.getEntry(ServerAuthentication.PASSWORD_FILE) == null) {
                throw new RestoreRefusedException("The file " + archive.toAbsolutePath() + " is not a backup of Integra: it "
                        + "lacks " + BaseBackup.LABEL + " or " + ServerAuthentication.PASSWORD_FILE + ".");
            }
            restrict(folder, OWNER_FOLDER);
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = inside(folder, entry.getName());
                if (entry.isDirectory()) {
                    createFolder(folder, target);
                } else {
                    createFolder(folder, target.getParent());
                    try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                    restrict(target, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new RestoreRefusedException("Cannot restore the backup " + archive.toAbsolutePath() + " into " + folder
                    + ": " + e.getMessage() + ". Empty the folder before trying again.");
        }
    }

    /** The place of an entry in the folder; an entry that would land outside it refuses the archive. */
    static Path inside(Path folder, String entryName) {
        Path target = folder.resolve(entryName).normalize();
        if (entryName.startsWith("/") || entryName.contains("\\") || !target.startsWith(folder) || target.equals(folder)) {
            throw new RestoreRefusedException("The backup holds an entry outside the data folder (" + entryName
                    + "): it is not a backup of Integra.");
        }
        return target;
    }

    /** PostgreSQL refuses a cluster folder that others may read: every folder is the owner's only. */
    private static void createFolder(Path folder, Path target) throws IOException {
        Path current = folder;
        for (Path part : folder.relativize(target)) {
            current = current.resolve(part);
            if (!Files.isDirectory(current)) {
                Files.createDirectory(current);
                restrict(current, OWNER_FOLDER);
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }
}
