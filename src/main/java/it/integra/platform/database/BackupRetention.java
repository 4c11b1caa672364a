package it.integra.platform.database;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which backups a schedule that keeps {@code keep} of them deletes: all but the newest {@code keep}
 * backups (by the time in their names). Files whose names are not a backup's are never touched, and
 * a {@code keep} of zero or less keeps everything.
 */
record BackupRetention(int keep) {

    List<String> toDelete(Collection<String> names) {
        if (keep <= 0) {
            return List.of();
        }
        return names.stream()
                .filter(name -> BackupNames.PATTERN.matcher(name).matches())
                .sorted(Comparator.reverseOrder())
                .skip(keep)
                .toList();
    }
}
