package it.integra.platform.database;

import java.time.LocalDateTime;

/**
 * A backup in the data folder's {@code backups} folder: its file name, its size in bytes and when it
 * was taken (local time of the application's clock, as in its name).
 */
public record BackupFile(String name, long size, LocalDateTime takenAt) {
}
