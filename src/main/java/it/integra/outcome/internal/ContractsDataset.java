package it.integra.outcome.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.RecordFormat;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code contracts} dataset: employment records of the mandatory communications. Workers are
 * matched to participants by current or earlier tax code; rows of other workers are counted as
 * skipped and not stored. Besides CSV it reads the ministry's UniLav XML, alone or in a ZIP archive.
 * Each import refreshes the outcome facts of the participants whose contracts it changed.
 */
@Component
class ContractsDataset implements Dataset {

    private static final List<Column> COLUMNS = List.of(
            Column.required("communication_id", Cells.text(60)),
            Column.required("worker_tax_code", Cells.taxCode()),
            Column.required("employer_tax_code", Cells.taxCode()),
            Column.required("contract_type", Cells.contractType()),
            Column.required("start_date", Cells.date()),
            Column.optional("end_date", Cells.date()),
            Column.optional("ateco", Cells.atecoCode()),
            Column.optional("province", Cells.province()));

    /** Matches each staged row to a participant by current or earlier tax code, then upserts. */
    private static final String UPSERT = """
            WITH matched AS (
                SELECT s.*, coalesce(p.id, e.participant_id) AS participant_id
                FROM staging s
                LEFT JOIN participant.participant p ON p.tax_code = s.worker_tax_code
                LEFT JOIN participant.earlier_tax_code e ON e.tax_code = s.worker_tax_code),
            up AS (
                INSERT INTO outcome.contract AS k (communication_id, participant_id, worker_tax_code,
                    employer_tax_code, contract_type, employment, start_date, end_date, ateco, province)
                SELECT communication_id, participant_id, worker_tax_code, employer_tax_code, contract_type,
                       left(contract_type, 1) <> 'C', start_date, end_date, ateco, province
                FROM matched WHERE participant_id IS NOT NULL
                ON CONFLICT (communication_id) DO UPDATE SET
                    participant_id = EXCLUDED.participant_id, worker_tax_code = EXCLUDED.worker_tax_code,
                    employer_tax_code = EXCLUDED.employer_tax_code, contract_type = EXCLUDED.contract_type,
                    employment = EXCLUDED.employment, start_date = EXCLUDED.start_date,
                    end_date = EXCLUDED.end_date, ateco = EXCLUDED.ateco, province = EXCLUDED.province,
                    updated_at = now(), version = k.version + 1
                WHERE (k.participant_id, k.worker_tax_code, k.employer_tax_code, k.contract_type,
                       k.start_date, k.end_date, k.ateco, k.province)
                    IS DISTINCT FROM (EXCLUDED.participant_id, EXCLUDED.worker_tax_code,
                       EXCLUDED.employer_tax_code, EXCLUDED.contract_type, EXCLUDED.start_date,
                       EXCLUDED.end_date, EXCLUDED.ateco, EXCLUDED.province)
                -- a subquery of RETURNING still sees the row as it was before this statement
                RETURNING k.participant_id, (xmax = 0) AS inserted,
                          CASE WHEN xmax <> 0 THEN (SELECT o.participant_id FROM outcome.contract o
                                                    WHERE o.communication_id = k.communication_id) END AS before),
            touched AS (
                INSERT INTO touched_participant
                SELECT participant_id FROM up UNION SELECT before FROM up WHERE before IS NOT NULL)
            SELECT (SELECT count(*) FROM up WHERE inserted) AS inserted,
                   (SELECT count(*) FROM up WHERE NOT inserted) AS updated,
                   (SELECT count(*) FROM matched WHERE participant_id IS NULL) AS skipped""";

    private final UnilavFormat unilav;
    private final OutcomeFacts facts;

    ContractsDataset(UnilavFormat unilav, OutcomeFacts facts) {
        this.unilav = unilav;
        this.facts = facts;
    }

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public int importOrder() {
        return 8;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("communication_id");
    }

    @Override
    public List<RecordFormat> formats() {
        return List.of(unilav);
    }

    /**
     * Upserts the contracts of participants, notes whose contracts changed (the new participant and,
     * for a contract that moved, the earlier one), and refreshes those participants' outcome facts in
     * the same transaction.
     */
    @Override
    public UpsertCounts upsert(ImportContext context) {
        JdbcClient jdbc = context.jdbc();
        jdbc.sql("DROP TABLE IF EXISTS touched_participant").update();
        jdbc.sql("CREATE TEMPORARY TABLE touched_participant (participant_id bigint NOT NULL) ON COMMIT DROP").update();
        UpsertCounts counts = jdbc.sql(UPSERT).query(UpsertCounts.class).single();
        if (counts.inserted() + counts.updated() > 0) {
            facts.refreshParticipants("SELECT participant_id FROM touched_participant");
        }
        return counts;
    }

    @Override
    public String exportQuery(CurrentUser user) {
        return """
                SELECT communication_id, worker_tax_code, employer_tax_code, contract_type, start_date, end_date,
                       ateco, province
                FROM outcome.contract ORDER BY communication_id""";
    }
}
