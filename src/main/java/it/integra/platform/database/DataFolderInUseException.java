package it.integra.platform.database;

import java.nio.file.Path;

/** Another running instance holds the lock of the data folder. */
public class DataFolderInUseException extends IllegalStateException {

    private final Path folder;

    public DataFolderInUseException(Path folder) {
        super("The data folder " + folder.toAbsolutePath() + " is in use by another running Integra instance. "
                + "Stop that instance, or start this one with another folder (--integra.data-dir=PATH).");
        this.folder = folder.toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }
}
