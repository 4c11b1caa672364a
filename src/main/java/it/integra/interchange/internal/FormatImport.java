package it.integra.interchange.internal;

import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.MalformedFileException;
import it.integra.interchange.RecordFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One import of a file in a dataset's other format: the format's reader feeds the same import run as CSV. */
final class FormatImport {

    private FormatImport() {
    }

    static ImportResult run(Dataset dataset, RecordFormat format, InputStream in, String fileName,
                            ImportContext context, PooledCopy connection, ImportProgress progress) {
        ImportRun run = new ImportRun(dataset, context, connection, progress);
        run.open();
        try {
            format.read(in, fileName, run::record);
        } catch (MalformedFileException e) {
            throw run.reject(List.of(e.toRowError()));
        } catch (IOException e) {
            run.abort();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            run.abort();
            throw e;
        }
        return run.complete();
    }
}
