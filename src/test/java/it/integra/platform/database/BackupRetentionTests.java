package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTests {

    private static final List<String> FOLDER = List.of(
            "integra-20260103-020000.zip",
            "integra-20251231-235959.zip",
            "notes.txt",
            "integra-20260101-020000.zip",
            "integra-20260102-020000.zip.partial",
            "integra-20260102-020000.zip",
            "integra-2026-01-04.zip");

    @Test
    void deletesAllButTheNewestBackupsByTheTimeInTheirNames() {
        assertThat(new BackupRetention(2).toDelete(FOLDER))
                .containsExactly("integra-20260101-020000.zip", "integra-20251231-235959.zip");
    }

    @Test
    void neverTouchesFilesThatAreNotFinishedBackups() {
        assertThat(new BackupRetention(1).toDelete(FOLDER))
                .doesNotContain("notes.txt", "integra-20260102-020000.zip.partial", "integra-2026-01-04.zip")
                .hasSize(3);
    }

    @Test
    void keepsEverythingWhenThereAreNoMoreThanKeepOrKeepIsNotSet() {
        assertThat(new BackupRetention(4).toDelete(FOLDER)).isEmpty();
        assertThat(new BackupRetention(0).toDelete(FOLDER)).isEmpty();
        assertThat(new BackupRetention(-1).toDelete(FOLDER)).isEmpty();
    }

    @Test
    void namesABackupAfterItsTimeAndReadsTheTimeBackOnlyFromSuchNames() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 7, 9, 5, 3);
        assertThat(BackupNames.of(at)).isEqualTo("integra-20261207-090503.zip");
        assertThat(BackupNames.takenAt("integra-20261207-090503.zip")).contains(at);
        assertThat(BackupNames.takenAt("integra-20261307-090503.zip")).as("no 13th month").isEmpty();
        assertThat(BackupNames.takenAt("../integra-20261207-090503.zip")).isEmpty();
        assertThat(BackupNames.takenAt("integra-20261207-090503.zip/../../postgres.password")).isEmpty();
        assertThat(BackupNames.takenAt(null)).isEmpty();
    }

    @Test
    void refusesToRestoreWhenTheDatabaseIsExternalRatherThanIgnoreTheRequest() {
        var noEmbeddedDatabase = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(EmbeddedDatabase.class);
        java.time.Clock clock = java.time.Clock.systemUTC();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Backups(noEmbeddedDatabase, clock, "backup.zip"))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageStartingWith("--integra.restore-from restores a backup of the embedded database, but "
                        + "SPRING_DATASOURCE_URL names an external one.");
        assertThat(new Backups(noEmbeddedDatabase, clock, "").available()).isFalse();
    }
}
