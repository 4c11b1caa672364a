package it.integra.interchange.internal;

import it.integra.interchange.CellException;
import it.integra.interchange.CellParser;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.DirectLoad;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.RowError;
import it.integra.interchange.RowMatch;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One import of one file inside the caller's transaction, whatever its format: read and check every
 * row, stage the valid ones with COPY, check references in SQL, and upsert only when no error was
 * found anywhere. The readers of each format feed it the raw cells of each row.
 */
final class ImportRun {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportRun.class);
    private static final int PROGRESS_EVERY = 5_000;
    /** From this many rows written, the dataset's tables are analysed before the transaction goes on. */
    static final long ANALYZE_FROM = 10_000;

    private final Dataset dataset;
    private final List<Column> columns;
    private final CellParser[] parsers;
    private final boolean[] required;
    private final int[] keyColumns;
    private final ImportContext context;
    private final PooledCopy connection;
    private final ImportProgress progress;
    private final ErrorCollector errors = new ErrorCollector();
    private final SeenKeys keys = new SeenKeys();
    private final String[] values;
    /** The row being read by column name: a view over {@link #values}, valid while its rules run. */
    private final Map<String, String> currentValues;
    private final long started = System.nanoTime();
    private CopyStreams streams;
    private CopyBuffer copy;
    private RowMatch match;
    private DirectLoad direct;
    private CopyBuffer directCopy;
    /** Rows given to the {@link DirectLoad}; held in memory until it has been told how many come. */
    private long directRows;
    private boolean directStarted;
    private long rows;
    /** Valid rows that the dataset's {@link RowMatch} matched to nothing: skipped, not staged. */
    private long unmatched;

    ImportRun(Dataset dataset, ImportContext context, PooledCopy connection, ImportProgress progress) {
        this.dataset = dataset;
        this.columns = dataset.columns();
        this.parsers = columns.stream().map(Column::parser).toArray(CellParser[]::new);
        this.required = new boolean[columns.size()];
        for (int c = 0; c < required.length; c++) {
            required[c] = columns.get(c).required();
        }
        this.keyColumns = dataset.key().stream().mapToInt(this::indexOf).toArray();
        this.values = new String[columns.size()];
        this.currentValues = new RowView(columns.stream().map(Column::name).toList(), values);
        this.context = context;
        this.connection = connection;
        this.progress = progress;
    }

    List<Column> columns() {
        return columns;
    }

    void open() {
        match = dataset.rowMatch(context);
        direct = dataset.directLoad(context);
        StagingTable.create(context.jdbc(), columns, match);
        streams = new CopyStreams(connection);
        copy = new CopyBuffer(streams, StagingTable.copySql(columns, match));
        if (direct != null) {
            directCopy = new CopyBuffer(streams, direct.copySql());
            directCopy.hold();
        }
    }

    /** Reads one row's raw cells, in the order of the columns (null or blank is empty), and stages it if valid. */
    void row(int row, String[] raw, String location) {
        rows++;
        if (readRow(row, raw, location)) {
            stage(row);
        }
        if (rows % PROGRESS_EVERY == 0) {
            progress.report(ImportProgress.Phase.READING, rows);
        }
    }

    private void stage(int row) {
        try {
            if (match == null && direct == null) {
                copy.row(row, values);
                return;
            }
            ParsedRow parsed = new ParsedRow(row, currentValues);
            String matched = match == null ? null : match.match(parsed);
            if (match != null && matched == null) {
                unmatched++;
            } else if (direct != null && direct.isNew(parsed, matched)) {
                writeDirectly(parsed, matched);
            } else if (match == null) {
                copy.row(row, values);
            } else {
                copy.row(row, values, matched);
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("staging " + dataset.name(), null, e);
        }
    }

    private void writeDirectly(ParsedRow parsed, String matched) throws SQLException {
        directCopy.values(direct.values(parsed, matched));
        directRows++;
        if (!directStarted && directRows >= DirectLoad.DECIDE_AFTER) {
            startDirect(false);
        }
    }

    /** Tells the load how many new rows wait (SQL may run meanwhile), then lets them go to their table. */
    private void startDirect(boolean all) throws SQLException {
        directStarted = true;
        streams.pause();
        direct.beforeWriting(directRows, all);
        directCopy.release();
    }

    /** A record of a format other than CSV, by column name; records are numbered from 1. */
    void record(Map<String, String> cells, String location) {
        String[] raw = new String[columns.size()];
        cells.forEach((name, value) -> raw[indexOf(name)] = value);
        row(Math.toIntExact(rows + 1), raw, location);
    }

    /** A row that cannot be read at all: counted, reported, not staged. */
    void unreadable(RowError error) {
        rows++;
        errors.add(error);
    }

    long rows() {
        return rows;
    }

    ImportRejectedException reject(List<RowError> fatal) {
        abort();
        errors.addAll(fatal);
        return errors.rejection(dataset.name(), columnNames());
    }

    /** Ends a staging interrupted by a failure: the transaction rolls back anyway. */
    void abort() {
        if (streams != null) {
            streams.cancel();
            streams = null;
        }
    }

    ImportResult complete() {
        try {
            copy.finish();
            // new rows still held are sent only if the file is going to be written
            if (direct != null && directRows > 0 && !directStarted && errors.isEmpty()) {
                startDirect(true);
            }
            if (directStarted) {
                directCopy.finish();
            }
            streams.pause();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("staging " + dataset.name(), null, e);
        }
        long staged = System.nanoTime();
        progress.report(ImportProgress.Phase.CHECKING, rows);
        JdbcClient jdbc = context.jdbc();
        List<ReferenceCheck> checks = dataset.referenceChecks(context);
        if (rows > 1_000 && !checks.isEmpty()) {
            jdbc.sql("ANALYZE staging").update();
        }
        for (ReferenceCheck check : checks) {
            errors.addAll(runCheck(jdbc, check));
        }
        if (!errors.isEmpty()) {
            throw errors.rejection(dataset.name(), columnNames());
        }
        progress.report(ImportProgress.Phase.WRITING, rows);
        long checked = System.nanoTime();
        if (direct != null) {
            direct.afterWriting(directRows);
        }
        BulkWrite write = new BulkWrite(dataset, context, direct == null ? rows : 0);
        UpsertCounts upserted = write.upsert(directRows);
        UpsertCounts counts = new UpsertCounts(upserted.inserted() + directRows, upserted.updated(), upserted.skipped());
        long analysed = System.nanoTime();
        if (counts.inserted() + counts.updated() >= ANALYZE_FROM) {
            dataset.tables().forEach(table -> jdbc.sql("ANALYZE " + table).update());
        }
        log.info("Imported {} rows of {}: read and staged in {} ms, checked in {} ms, written in {} ms ({}, statistics {} ms)",
                rows, dataset.name(), (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000, write, (System.nanoTime() - analysed) / 1_000_000);
        progress.report(ImportProgress.Phase.DONE, rows);
        long skipped = counts.skipped() + unmatched;
        long unchanged = rows - counts.inserted() - counts.updated() - skipped;
        return new ImportResult(dataset.name(), rows, counts.inserted(), counts.updated(), unchanged, skipped);
    }

    private boolean readRow(int row, String[] raw, String location) {
        boolean valid = true;
        for (int c = 0; c < parsers.length; c++) {
            String cell = raw[c];
            values[c] = null;
            if (cell == null || cell.isBlank()) {
                if (required[c]) {
                    errors.add(new RowError(row, columns.get(c).name(), "import.cell.required", null, location));
                    valid = false;
                }
            } else {
                try {
                    values[c] = parsers[c].parse(cell);
                } catch (CellException e) {
                    errors.add(new RowError(row, columns.get(c).name(), e.messageKey(), e.arguments(), location));
                    valid = false;
                }
            }
        }
        return valid && passesRules(row, location) && uniqueKey(row, location);
    }

    private boolean passesRules(int row, String location) {
        List<RowRule> rules = dataset.rowRules();
        if (rules.isEmpty()) {
            return true;
        }
        ParsedRow parsedRow = new ParsedRow(row, currentValues);
        boolean valid = true;
        for (RowRule rule : rules) {
            List<RowError> broken = rule.check(parsedRow);
            broken.forEach(error -> errors.add(error.at(location)));
            valid &= broken.isEmpty();
        }
        return valid;
    }

    /** The same key twice in one file is an error on the later row. */
    private boolean uniqueKey(int row, String location) {
        String key;
        if (keyColumns.length == 1) {
            key = String.valueOf(values[keyColumns[0]]);
        } else {
            StringBuilder joined = new StringBuilder();
            for (int c : keyColumns) {
                joined.append(values[c]).append('\u0001');
            }
            key = joined.toString();
        }
        int first = keys.putIfAbsent(key, row);
        if (first != 0) {
            errors.add(new RowError(row, columns.get(keyColumns[0]).name(), "import.row.duplicateKey",
                    new Object[] {first}, location));
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

    private int indexOf(String column) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("dataset " + dataset.name() + " has no column " + column);
    }

    private List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
