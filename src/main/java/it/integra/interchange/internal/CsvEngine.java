package it.integra.interchange.internal;

import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.RecordFormat;
import it.integra.platform.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs imports and exports on a connection of the application's pool, each in its own transaction. */
@Component
public class CsvEngine {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate writing;
    private final Clock clock;

    CsvEngine(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ImportResult importCsv(Dataset dataset, Reader csv, CurrentUser user, ImportProgress progress) {
        return inTransaction(user, (context, connection) ->
                new CsvImport(dataset, context, new PooledCopy(connection, dataSource), progress).run(csv));
    }

    /** Imports a file in one of the dataset's other formats, through the same checks and upsert as CSV. */
    public ImportResult importFormat(Dataset dataset, RecordFormat format, InputStream in, String fileName,
                                     CurrentUser user, ImportProgress progress) {
        return inTransaction(user, (context, connection) ->
                FormatImport.run(dataset, format, in, fileName, context, new PooledCopy(connection, dataSource), progress));
    }

    private ImportResult inTransaction(CurrentUser user, BiFunction<ImportContext, Connection, ImportResult> work) {
        return writing.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return work.apply(new ImportContext(jdbc, user, LocalDate.now(clock)), connection);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /**
     * Streams the export from one read-only statement. The connection is taken by hand rather than in a
     * transaction template: after a COPY that stopped midway it is discarded, and a rollback on it would
     * only fail.
     */
    public void exportCsv(Dataset dataset, OutputStream out, CurrentUser user) {
        String sql = "COPY (" + dataset.exportQuery(user) + ") TO STDOUT WITH (FORMAT csv, HEADER true)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            new PooledCopy(connection, dataSource).copyOut(sql, out);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("export of " + dataset.name() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
