package it.integra.interchange.internal;

import it.integra.interchange.CellException;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.RowError;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One import of one file, inside the caller's transaction: read and check every row, stage the
 * valid ones with COPY, check references in SQL, and upsert only when no error was found anywhere.
 */
final class CsvImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CsvImport.class);

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final int PROGRESS_EVERY = 5_000;

    private final Dataset dataset;
    private final List<Column> columns;
    private final ImportContext context;
    private final Connection connection;
    private final ImportProgress progress;
    private final ErrorCollector errors = new ErrorCollector();
    private final Map<String, Integer> keys = new HashMap<>();
    private int lastRow = 1;

    CsvImport(Dataset dataset, ImportContext context, Connection connection, ImportProgress progress) {
        this.dataset = dataset;
        this.columns = dataset.columns();
        this.context = context;
        this.connection = connection;
        this.progress = progress;
    }

    ImportResult run(Reader reader) throws SQLException {
        long started = System.nanoTime();
        JdbcClient jdbc = context.jdbc();
        StagingTable.create(jdbc, columns);
        long rows;
        try (CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw reject(RowError.of(1, "-", "import.file.empty"));
            }
            HeaderMatch header = HeaderMatch.of(records.next(), columns);
            if (!header.errors().isEmpty()) {
                errors.addAll(header.errors());
                throw errors.rejection(dataset.name(), columnNames());
            }
            rows = stage(records, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw reject(malformed(e));
        }
        long staged = System.nanoTime();
        progress.report(ImportProgress.Phase.CHECKING, rows);
        if (rows > 1_000 && !dataset.referenceChecks().isEmpty()) {
            jdbc.sql("ANALYZE staging").update();
        }
        for (ReferenceCheck check : dataset.referenceChecks()) {
            errors.addAll(runCheck(jdbc, check));
        }
        if (!errors.isEmpty()) {
            throw errors.rejection(dataset.name(), columnNames());
        }
        progress.report(ImportProgress.Phase.WRITING, rows);
        long checked = System.nanoTime();
        UpsertCounts counts = dataset.upsert(context);
        log.info("Imported {} rows of {}: read and staged in {} ms, checked in {} ms, written in {} ms", rows,
                dataset.name(), (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        progress.report(ImportProgress.Phase.DONE, rows);
        long unchanged = rows - counts.inserted() - counts.updated() - counts.skipped();
        return new ImportResult(dataset.name(), rows, counts.inserted(), counts.updated(), unchanged, counts.skipped());
    }

    private long stage(Iterator<CSVRecord> records, HeaderMatch header) throws SQLException {
        CopyBuffer copy = new CopyBuffer(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(StagingTable.copySql(columns)));
        long rows = 0;
        String[] values = new String[columns.size()];
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                int row = Math.toIntExact(record.getRecordNumber());
                lastRow = row;
                if (readRow(record, row, header, values)) {
                    copy.row(row, values);
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.report(ImportProgress.Phase.READING, rows);
                }
            }
            copy.finish();
        } catch (RuntimeException | SQLException e) {
            try {
                copy.finish();
            } catch (SQLException ignored) {
                // the transaction rolls back anyway
            }
            throw e;
        }
        return rows;
    }

    /** Reads one record into {@code values}; returns false (after collecting its errors) if invalid. */
    private boolean readRow(CSVRecord record, int row, HeaderMatch header, String[] values) {
        if (record.size() != header.width()) {
            errors.add(RowError.of(row, "-", "import.row.width", record.size(), header.width()));
            return false;
        }
        boolean valid = true;
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int position = header.positions()[c];
            String raw = position < 0 ? "" : record.get(position);
            values[c] = null;
            if (raw.isBlank()) {
                if (column.required()) {
                    errors.add(RowError.of(row, column.name(), "import.cell.required"));
                    valid = false;
                }
            } else {
                try {
                    values[c] = column.parser().parse(raw);
                } catch (CellException e) {
                    errors.add(new RowError(row, column.name(), e.messageKey(), e.arguments()));
                    valid = false;
                }
            }
            parsed.put(column.name(), values[c]);
        }
        return valid && passesRules(new ParsedRow(row, parsed)) && uniqueKey(row, parsed);
    }

    private boolean passesRules(ParsedRow row) {
        boolean valid = true;
        for (RowRule rule : dataset.rowRules()) {
            List<RowError> broken = rule.check(row);
            errors.addAll(broken);
            valid &= broken.isEmpty();
        }
        return valid;
    }

    private boolean uniqueKey(int row, Map<String, String> parsed) {
        StringBuilder key = new StringBuilder();
        for (String column : dataset.key()) {
            key.append(parsed.get(column)).append('\u0001');
        }
        Integer first = keys.putIfAbsent(key.toString(), row);
        if (first != null) {
            errors.add(RowError.of(row, dataset.key().get(0), "import.row.duplicateKey", first));
            return false;
        }
        return true;
    }

    private static List<RowError> runCheck(JdbcClient jdbc, ReferenceCheck check) {
        return jdbc.sql(check.sql()).query((rs, n) -> {
            boolean hasDetail = rs.getMetaData().getColumnCount() > 1;
            Object[] arguments = hasDetail ? new Object[] {rs.getString(2)} : new Object[0];
            return new RowError(rs.getInt(1), check.column(), check.messageKey(), arguments);
        }).list();
    }

    private it.integra.interchange.ImportRejectedException reject(RowError error) {
        errors.add(error);
        return errors.rejection(dataset.name(), columnNames());
    }

    private List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
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
