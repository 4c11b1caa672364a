package it.integra.outcome.internal;

import it.integra.interchange.UpsertCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based write of a contracts import. The staged rows (those that may be stored already, the
 * certainly new ones having gone straight to the table), each matched to its participant
 * ({@link WorkerMatch}), are compared with what is stored in one pass; only new and changed rows are
 * then written. Large batches are written with the table's indexes suspended, changed rows deleted and
 * inserted again (created_at kept, version raised) rather than updated. What changed stays in the
 * temporary table {@code contract_change} until the transaction ends; {@link #touched} lists from it
 * the participants whose contracts changed, for the outcome facts.
 */
final class ContractsUpsert {

    /** The staged rows that are new or differ from the stored contract of the same communication. */
    private static final String CLASSIFY = """
            CREATE TEMPORARY TABLE contract_change ON COMMIT DROP AS
            SELECT s.communication_id, s.participant_id, s.worker_tax_code, s.employer_tax_code, s.contract_type,
                   s.start_date, s.end_date, s.ateco, coalesce(s.ateco_edition, '2007')::smallint AS ateco_edition,
                   s.province, c.participant_id AS before, c.communication_id IS NULL AS fresh, c.created_at, c.version
            FROM staging s
            LEFT JOIN outcome.contract c ON c.communication_id = s.communication_id
            WHERE c.communication_id IS NULL
               OR (c.participant_id, c.worker_tax_code, c.employer_tax_code, c.contract_type, c.start_date,
                   c.end_date, c.ateco, c.ateco_edition, c.province)
                  IS DISTINCT FROM (s.participant_id, s.worker_tax_code, s.employer_tax_code, s.contract_type,
                   s.start_date, s.end_date, s.ateco, coalesce(s.ateco_edition, '2007')::smallint, s.province)""";

    private static final String INSERT = """
            INSERT INTO outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code,
                contract_type, employment, start_date, end_date, ateco, ateco_edition, province)
            SELECT communication_id, participant_id, worker_tax_code, employer_tax_code, contract_type,
                   left(contract_type, 1) <> 'C', start_date, end_date, ateco, ateco_edition, province
            FROM contract_change WHERE fresh""";

    /** A bulk write: the changed rows are deleted here and inserted again with the new ones, without indexes. */
    private static final String DELETE_CHANGED = """
            DELETE FROM outcome.contract k USING contract_change ch
            WHERE NOT ch.fresh AND k.communication_id = ch.communication_id""";

    private static final String INSERT_ALL = """
            INSERT INTO outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code,
                contract_type, employment, start_date, end_date, ateco, ateco_edition, province, created_at, updated_at,
                version)
            SELECT communication_id, participant_id, worker_tax_code, employer_tax_code, contract_type,
                   left(contract_type, 1) <> 'C', start_date, end_date, ateco, ateco_edition, province,
                   CASE WHEN fresh THEN now() ELSE created_at END, now(), CASE WHEN fresh THEN 0 ELSE version + 1 END
            FROM contract_change""";

    private static final String UPDATE = """
            UPDATE outcome.contract k SET participant_id = ch.participant_id, worker_tax_code = ch.worker_tax_code,
                employer_tax_code = ch.employer_tax_code, contract_type = ch.contract_type,
                employment = left(ch.contract_type, 1) <> 'C', start_date = ch.start_date, end_date = ch.end_date,
                ateco = ch.ateco, ateco_edition = ch.ateco_edition, province = ch.province, updated_at = now(), version = k.version + 1
            FROM contract_change ch
            WHERE NOT ch.fresh AND k.communication_id = ch.communication_id""";

    private static final String TOUCHED = """
            CREATE TEMPORARY TABLE touched_participant ON COMMIT DROP AS
            SELECT participant_id FROM contract_change GROUP BY participant_id""";

    /** The participants that contracts moved away from (a corrected worker): rare, and duplicates do no harm. */
    private static final String MOVED_FROM = """
            INSERT INTO touched_participant
            SELECT before FROM contract_change WHERE before <> participant_id""";

    private ContractsUpsert() {
    }

    /** What an upsert wrote, and whether some contracts moved from one participant to another. */
    record Written(UpsertCounts counts, boolean moved) {

        long rows() {
            return counts.inserted() + counts.updated();
        }
    }

    /**
     * One contracts import at a time, until the transaction ends: what an import found stored (to write
     * the new rows straight, to compare the others) must not go stale.
     */
    static void lock(JdbcClient jdbc) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('outcome.contract'))").query(Integer.class).single();
    }

    static Written run(JdbcClient jdbc, BulkThreshold bulk) {
        lock(jdbc);
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("DROP TABLE IF EXISTS contract_change").update();
        jdbc.sql(CLASSIFY).update();
        // inserted, updated, and moved from one participant to another
        long[] tally = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE fresh), count(*) FILTER (WHERE NOT fresh),
                               count(*) FILTER (WHERE before <> participant_id)
                        FROM contract_change""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        UpsertCounts counts = new UpsertCounts(tally[0], tally[1], 0);
        long written = counts.inserted() + counts.updated();
        if (bulk.applies(jdbc, "outcome.contract", written)) {
            // deleted and inserted, not updated: an index built over rows updated in this transaction (HOT
            // chains) could not serve the rest of it
            SuspendedIndexes indexes = SuspendedIndexes.of(jdbc, "outcome.contract");
            if (counts.updated() > 0) {
                jdbc.sql(DELETE_CHANGED).update();
            }
            jdbc.sql(INSERT_ALL).update();
            indexes.rebuild();
        } else {
            jdbc.sql(INSERT).update();
            jdbc.sql(UPDATE).update();
        }
        return new Written(counts, tally[2] > 0);
    }

    /**
     * Fills the temporary table {@code touched_participant} with the participants whose contracts the
     * import changed: those of the rows written straight ({@code direct_participant}), the new
     * participant of each staged row written and, for a contract that moved, the earlier.
     */
    static void touched(JdbcClient jdbc, Written written, boolean loadedDirectly) {
        jdbc.sql("DROP TABLE IF EXISTS touched_participant").update();
        jdbc.sql(TOUCHED).update();
        if (loadedDirectly) {
            jdbc.sql("INSERT INTO touched_participant SELECT participant_id FROM direct_participant").update();
        }
        if (written.moved()) {
            jdbc.sql(MOVED_FROM).update();
        }
        jdbc.sql("ANALYZE touched_participant").update();
    }
}
