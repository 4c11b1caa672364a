package it.integra.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A file format other than CSV in which a dataset also accepts its rows, such as the ministry's
 * UniLav XML for contracts. The reader turns each record of the file into the raw text of the
 * dataset's columns; from there the import is the same as for CSV: the same cell checks, rules,
 * staging, reference checks and upsert, all or nothing.
 */
public interface RecordFormat {

    /** Whether this format reads a file sent with this media type or bearing this name (either may be null). */
    boolean reads(String mediaType, String fileName);

    /**
     * Reads the whole file, handing each record to {@code sink} in file order.
     *
     * @throws MalformedFileException when the file cannot be read; nothing of it is written then
     */
    void read(InputStream in, String fileName, Sink sink) throws IOException;

    /** Receives the records of a file. */
    @FunctionalInterface
    interface Sink {

        /**
         * One record: the raw text of its cells by column name (a missing or blank cell is empty) and
         * where it is in the file, for the messages.
         */
        void record(Map<String, String> cells, String location);
    }
}
