package it.integra.platform.database;

/**
 * The application runs on an external PostgreSQL: it has no data folder of its own to back up, and the
 * server's own tools do it.
 */
public class BackupsUnavailableException extends IllegalStateException {

    public BackupsUnavailableException() {
        super("Backups are taken by the application only of its embedded PostgreSQL; back up an external server "
                + "with its own tools (pg_basebackup, pg_dump)");
    }
}
