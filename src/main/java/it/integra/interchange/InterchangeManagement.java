package it.integra.interchange;

import it.integra.interchange.internal.CsvEngine;
import it.integra.platform.CurrentUser;
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

    InterchangeManagement(List<Dataset> datasets, CsvEngine engine) {
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(Dataset::importOrder)).toList();
        this.engine = engine;
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
        return engine.importCsv(dataset, csv, user, progress);
    }

    /** Writes the dataset as CSV with a header row, limited to what the user may see. */
    public void exportCsv(String name, OutputStream out, CurrentUser user) {
        Dataset dataset = dataset(name).orElseThrow(() -> new UnknownDatasetException(name));
        if (!dataset.mayExport(user)) {
            throw new AccessDeniedException("export of " + name);
        }
        engine.exportCsv(dataset, out, user);
    }
}
