package it.integra.outcome.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The {@code contracts} dataset: employment records of the mandatory communications. Workers are
 * matched to participants by current or earlier tax code; rows of other workers are counted as
 * skipped and not stored.
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
    public UpsertCounts upsert(ImportContext context) {
        return context.jdbc().sql("""
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
                            RETURNING (xmax = 0) AS inserted)
                        SELECT (SELECT count(*) FROM up WHERE inserted) AS inserted,
                               (SELECT count(*) FROM up WHERE NOT inserted) AS updated,
                               (SELECT count(*) FROM matched WHERE participant_id IS NULL) AS skipped""")
                .query(UpsertCounts.class).single();
    }

    @Override
    public String exportQuery(CurrentUser user) {
        return """
                SELECT communication_id, worker_tax_code, employer_tax_code, contract_type, start_date, end_date,
                       ateco, province
                FROM outcome.contract ORDER BY communication_id""";
    }
}
