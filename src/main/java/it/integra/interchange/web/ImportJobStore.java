package it.integra.interchange.web;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.RowError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background imports in {@code interchange.import_job}, shared by every node. Times are the
 * database's, so nodes with slightly different clocks agree on what is stale. A running job whose node
 * has not touched it for {@link #STALE} reads as failed: that node stopped (the job's file was on it).
 */
@Component
class ImportJobStore {

    static final Duration STALE = Duration.ofMinutes(2);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredError>> ERRORS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, long ownerId, String dataset, String fileName, String node) {
        jdbc.sql("""
                        INSERT INTO interchange.import_job (id, owner_id, dataset, file_name, state, phase, node,
                                                            started_at, updated_at)
                        VALUES (:id, :owner, :dataset, :fileName, 'RUNNING', 'READING', :node, now(), now())""")
                .param("id", id).param("owner", ownerId).param("dataset", dataset).param("fileName", fileName)
                .param("node", node).update();
    }

    void progress(String id, ImportProgress.Phase phase, long rows) {
        jdbc.sql("""
                        UPDATE interchange.import_job SET phase = :phase, rows_done = :rows, updated_at = now()
                        WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("phase", phase.name()).param("rows", rows).update();
    }

    /** Tells the other nodes that these jobs' node is still working on them. */
    void touch(Collection<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE interchange.import_job SET updated_at = now() WHERE id IN (:ids) AND state = 'RUNNING'")
                    .param("ids", ids).update();
        }
    }

    void succeeded(String id, ImportResult result) {
        jdbc.sql("""
                        UPDATE interchange.import_job SET state = 'SUCCEEDED', phase = 'DONE', rows_done = :rows,
                               inserted = :inserted, updated = :updated, unchanged = :unchanged, skipped = :skipped,
                               updated_at = now(), ended_at = now()
                        WHERE id = :id""")
                .param("id", id).param("rows", result.rows()).param("inserted", result.inserted())
                .param("updated", result.updated()).param("unchanged", result.unchanged())
                .param("skipped", result.skipped()).update();
    }

    void rejected(String id, List<RowError> errors, long errorCount) {
        String json = JSON.writeValueAsString(errors.stream().map(StoredError::of).toList());
        jdbc.sql("""
                        UPDATE interchange.import_job SET state = 'REJECTED', error_count = :count,
                               errors = CAST(:errors AS jsonb), updated_at = now(), ended_at = now()
                        WHERE id = :id""")
                .param("id", id).param("count", errorCount).param("errors", json).update();
    }

    void failed(String id) {
        jdbc.sql("UPDATE interchange.import_job SET state = 'FAILED', updated_at = now(), ended_at = now() WHERE id = :id")
                .param("id", id).update();
    }

    /** The job if it exists and belongs to the owner; a running job nobody touched lately reads as failed. */
    Optional<ImportJob> find(String id, long ownerId) {
        return jdbc.sql("""
                        SELECT *, state = 'RUNNING' AND updated_at < now() - make_interval(secs => :stale) AS abandoned
                        FROM interchange.import_job WHERE id = :id AND owner_id = :owner""")
                .param("id", id).param("owner", ownerId).param("stale", STALE.toSeconds())
                .query(ImportJobStore::job).optional();
    }

    /** Forgets jobs that ended, or were abandoned, longer ago than {@code keep}. */
    int forget(Duration keep) {
        return jdbc.sql("""
                        DELETE FROM interchange.import_job
                        WHERE coalesce(ended_at, updated_at) < now() - make_interval(secs => :keep)""")
                .param("keep", keep.toSeconds()).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        ImportJob.State state = rs.getBoolean("abandoned") ? ImportJob.State.FAILED
                : ImportJob.State.valueOf(rs.getString("state"));
        ImportResult result = state == ImportJob.State.SUCCEEDED ? new ImportResult(rs.getString("dataset"),
                rs.getLong("rows_done"), rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"),
                rs.getLong("skipped")) : null;
        String errors = rs.getString("errors");
        List<RowError> rowErrors = errors == null ? List.of()
                : JSON.readValue(errors, ERRORS).stream().map(StoredError::rowError).toList();
        return new ImportJob(rs.getString("id"), rs.getLong("owner_id"), rs.getString("dataset"),
                rs.getString("file_name"), instant(rs.getTimestamp("started_at")), state,
                ImportProgress.Phase.valueOf(rs.getString("phase")), rs.getLong("rows_done"),
                instant(rs.getTimestamp("ended_at")), result, rs.getLong("error_count"), rowErrors);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One error as stored: message arguments keep their JSON type (text or number) for the bundles' formats. */
    record StoredError(int row, String column, String messageKey, List<Object> arguments, String location) {

        static StoredError of(RowError error) {
            return new StoredError(error.row(), error.column(), error.messageKey(), Arrays.asList(error.arguments()),
                    error.location());
        }

        RowError rowError() {
            return new RowError(row, column, messageKey, arguments == null ? null : arguments.toArray(), location);
        }
    }
}
