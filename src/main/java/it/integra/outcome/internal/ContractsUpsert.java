package it.integra.outcome.internal;

import it.integra.interchange.UpsertCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based write of a contracts import. The staged rows are matched to participants (current or
 * earlier tax code) and compared with what is stored in one pass; only new and changed rows are then
 * written. Large batches are written with the table's indexes suspended. What changed is left in the
 * temporary table {@code touched_participant}: the participants whose contracts changed, for the
 * outcome facts.
 */
final class ContractsUpsert {

    /** Below this many rows to write, maintaining the indexes row by row is cheaper than rebuilding them. */
    static final long BULK_ROWS = 50_000;

    private static final String CLASSIFY = """
            CREATE TEMPORARY TABLE contract_change ON COMMIT DROP AS
            SELECT m.*, c.participant_id AS before, c.communication_id IS NULL AS fresh
            FROM (SELECT s.communication_id, coalesce(p.id, e.participant_id) AS participant_id, s.worker_tax_code,
                         s.employer_tax_code, s.contract_type, s.start_date, s.end_date, s.ateco, s.province
                  FROM staging s
                  LEFT JOIN participant.participant p ON p.tax_code = s.worker_tax_code
                  LEFT JOIN participant.earlier_tax_code e ON e.tax_code = s.worker_tax_code) m
            LEFT JOIN outcome.contract c ON c.communication_id = m.communication_id
            WHERE m.participant_id IS NULL OR c.communication_id IS NULL
               OR (c.participant_id, c.worker_tax_code, c.employer_tax_code, c.contract_type, c.start_date,
                   c.end_date, c.ateco, c.province)
                  IS DISTINCT FROM (m.participant_id, m.worker_tax_code, m.employer_tax_code, m.contract_type,
                   m.start_date, m.end_date, m.ateco, m.province)""";

    private static final String INSERT = """
            INSERT INTO outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code,
                contract_type, employment, start_date, end_date, ateco, province)
            SELECT communication_id, participant_id, worker_tax_code, employer_tax_code, contract_type,
                   left(contract_type, 1) <> 'C', start_date, end_date, ateco, province
            FROM contract_change WHERE fresh AND participant_id IS NOT NULL""";

    private static final String UPDATE = """
            UPDATE outcome.contract k SET participant_id = ch.participant_id, worker_tax_code = ch.worker_tax_code,
                employer_tax_code = ch.employer_tax_code, contract_type = ch.contract_type,
                employment = left(ch.contract_type, 1) <> 'C', start_date = ch.start_date, end_date = ch.end_date,
                ateco = ch.ateco, province = ch.province, updated_at = now(), version = k.version + 1
            FROM contract_change ch
            WHERE NOT ch.fresh AND ch.participant_id IS NOT NULL AND k.communication_id = ch.communication_id""";

    private static final String TOUCHED = """
            CREATE TEMPORARY TABLE touched_participant ON COMMIT DROP AS
            SELECT participant_id FROM contract_change WHERE participant_id IS NOT NULL
            UNION
            SELECT before FROM contract_change WHERE participant_id IS NOT NULL AND before IS NOT NULL""";

    private ContractsUpsert() {
    }

    static UpsertCounts run(JdbcClient jdbc) {
        // one contracts import at a time: the comparison with the stored rows must not go stale
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('outcome.contract'))").query(Integer.class).single();
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("DROP TABLE IF EXISTS contract_change, touched_participant").update();
        jdbc.sql(CLASSIFY).update();
        UpsertCounts counts = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE fresh AND participant_id IS NOT NULL) AS inserted,
                               count(*) FILTER (WHERE NOT fresh AND participant_id IS NOT NULL) AS updated,
                               count(*) FILTER (WHERE participant_id IS NULL) AS skipped
                        FROM contract_change""")
                .query(UpsertCounts.class).single();
        // only inserts: an index rebuilt over rows updated in this transaction could not serve it
        boolean bulk = counts.inserted() >= BULK_ROWS && counts.inserted() >= storedRows(jdbc) / 4;
        SuspendedIndexes indexes = bulk ? SuspendedIndexes.of(jdbc, "outcome.contract") : null;
        jdbc.sql(INSERT).update();
        jdbc.sql(UPDATE).update();
        if (bulk) {
            // building the indexes also brings the planner's row count of the table up to date
            indexes.rebuild();
        }
        jdbc.sql(TOUCHED).update();
        jdbc.sql("ANALYZE touched_participant").update();
        return counts;
    }

    /** The planner's estimate of the stored rows: exact enough to choose between two ways of writing. */
    private static long storedRows(JdbcClient jdbc) {
        return jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'outcome.contract'::regclass")
                .query(Long.class).single();
    }
}
