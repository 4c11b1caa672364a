package it.integra.interchange.internal;

import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.RowError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One import of one CSV file: match the header, then feed each record's cells to the import run. The
 * text is parsed on a thread of its own, a few thousand records ahead of the checks.
 */
final class CsvImport {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final ImportRun run;
    private final List<Column> columns;
    private int lastRow = 1;

    CsvImport(Dataset dataset, ImportContext context, PooledCopy connection, ImportProgress progress) {
        this.run = new ImportRun(dataset, context, connection, progress);
        this.columns = run.columns();
    }

    ImportResult run(Reader reader) {
        run.open();
        try (CSVParser parser = FORMAT.parse(reader);
             ReadAhead<CSVRecord> records = new ReadAhead<>(parser.iterator(), "csv-reader")) {
            if (!records.hasNext()) {
                throw run.reject(List.of(RowError.of(1, "-", "import.file.empty")));
            }
            HeaderMatch header = HeaderMatch.of(records.next(), columns);
            if (!header.errors().isEmpty()) {
                throw run.reject(header.errors());
            }
            stage(records, header);
        } catch (IOException e) {
            run.abort();
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw run.reject(List.of(malformed(e)));
        } catch (ImportRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            run.abort();
            throw e;
        }
        return run.complete();
    }

    private void stage(Iterator<CSVRecord> records, HeaderMatch header) {
        int[] positions = header.positions();
        String[] raw = new String[columns.size()];
        while (records.hasNext()) {
            CSVRecord record = records.next();
            int row = Math.toIntExact(record.getRecordNumber());
            lastRow = row;
            if (record.size() != header.width()) {
                run.unreadable(RowError.of(row, "-", "import.row.width", record.size(), header.width()));
                continue;
            }
            for (int c = 0; c < raw.length; c++) {
                raw[c] = positions[c] < 0 ? null : record.get(positions[c]);
            }
            run.row(row, raw, null);
        }
    }

    private RowError malformed(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof java.nio.charset.CharacterCodingException) {
            return RowError.of(lastRow + 1, "-", "import.file.encoding");
        }
        return RowError.of(lastRow + 1, "-", "import.file.malformed", String.valueOf(root.getMessage()));
    }
}
