package it.integra.platform.database;

/** A restore that cannot be done: the folder is not empty, or the file is not a backup of Integra. */
public class RestoreRefusedException extends IllegalStateException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
