package it.integra.interchange;

import it.integra.interchange.internal.CsvEngine;
import it.integra.interchange.internal.ExportAnnouncements;
import it.integra.interchange.internal.ImportMetrics;
import it.integra.platform.CurrentUser;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Bulk import and export of the contract's datasets. Imports are all or nothing and idempotent;
 * exports give back the same columns, so that export then import into an empty instance
 * reproduces the data.
 */
@Service
public class InterchangeManagement {

    private final List<Dataset> datasets;
    private final CsvEngine engine;
    private final ExportAnnouncements announcements;
    private final ImportMetrics metrics;

    InterchangeManagement(List<Dataset> datasets, CsvEngine engine, ExportAnnouncements announcements,
                          ImportMetrics metrics) {
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(Dataset::importOrder)).toList();
        this.engine = engine;
        this.announcements = announcements;
        this.metrics = metrics;
    }

    /** The datasets in the contract's import order. */
    public List<Dataset> datasets() {
        return datasets;
    }

    public Optional<Dataset> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Imports a CSV file in one transaction.
     *
     * @throws ImportRejectedException with every error found, when nothing was written
     * @throws UnknownDatasetException when no dataset has that name
     */
    public ImportResult importCsv(String name, Reader csv, CurrentUser user, ImportProgress progress) {
        Dataset dataset = dataset(name).orElseThrow(() -> new UnknownDatasetException(name));
        if (!dataset.mayImport(user)) {
            throw new AccessDeniedException("import of " + name);
        }
        return metrics.record(name, () -> engine.importCsv(dataset, csv, user, progress));
    }

    /**
     * Imports a file in another format that the dataset reads (for example UniLav XML or a ZIP of such
     * files for contracts), chosen by media type or file name, with the same checks, all or nothing.
     *
     * @throws UnsupportedFormatException when the dataset reads no such file
     * @throws ImportRejectedException with every error found, when nothing was written
     */
    public ImportResult importFile(String name, InputStream file, String mediaType, String fileName, CurrentUser user,
                                   ImportProgress progress) {
        Dataset dataset = dataset(name).orElseThrow(() -> new UnknownDatasetException(name));
        if (!dataset.mayImport(user)) {
            throw new AccessDeniedException("import of " + name);
        }
        RecordFormat format = format(dataset, mediaType, fileName)
                .orElseThrow(() -> new UnsupportedFormatException(name, mediaType == null ? fileName : mediaType));
        return metrics.record(name, () -> engine.importFormat(dataset, format, file, fileName, user, progress));
    }

    /** Whether the dataset reads a file of this media type or name in a format other than CSV. */
    public boolean readsOtherFormat(String name, String mediaType, String fileName) {
        return dataset(name).flatMap(d -> format(d, mediaType, fileName)).isPresent();
    }

    private static Optional<RecordFormat> format(Dataset dataset, String mediaType, String fileName) {
        return dataset.formats().stream().filter(f -> f.reads(mediaType, fileName)).findFirst();
    }

    /**
     * Checks that the dataset exists and that the user may export it. Callers that stream the export
     * call it before the response starts: once the body is being written, a refusal can no longer
     * become a clean 403 or 404.
     *
     * @throws UnknownDatasetException when no dataset has that name
     * @throws AccessDeniedException when the user may not export it
     */
    public Dataset exportable(String name, CurrentUser user) {
        Dataset dataset = dataset(name).orElseThrow(() -> new UnknownDatasetException(name));
        if (!dataset.mayExport(user)) {
            throw new AccessDeniedException("export of " + name);
        }
        return dataset;
    }

    /**
     * Writes the dataset as CSV with a header row, limited to what the user may see. An export that
     * names people is announced first ({@link PeopleExported}), for the access log.
     */
    public void exportCsv(String name, OutputStream out, CurrentUser user) {
        Dataset dataset = exportable(name, user);
        announcements.announce(dataset, user);
        engine.exportCsv(dataset, out, user);
    }
}
