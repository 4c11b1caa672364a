package it.integra.platform.database;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of backups, {@code integra-YYYYMMDD-HHMMSS.zip}: the only names the application writes,
 * lists, serves or deletes, so a name from a request can never reach another file.
 */
final class BackupNames {

    static final Pattern PATTERN = Pattern.compile("integra-(\\d{8}-\\d{6})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private BackupNames() {
    }

    static String of(LocalDateTime takenAt) {
        return "integra-" + STAMP.format(takenAt) + ".zip";
    }

    /** When the backup of this name was taken; empty for a name that is not a backup's. */
    static Optional<LocalDateTime> takenAt(String name) {
        Matcher matcher = PATTERN.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
