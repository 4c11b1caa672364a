package it.integra.outcome.internal;

import it.integra.interchange.AtecoRule;
import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.DirectLoad;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.RecordFormat;
import it.integra.interchange.RowError;
import it.integra.interchange.RowMatch;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The {@code contracts} dataset: employment records of the mandatory communications. Workers are
 * matched to participants by current or earlier tax code as the file is read; rows of other workers
 * are counted as skipped and not stored. Contracts certainly new are written straight by COPY
 * ({@link ContractsDirectLoad}); the others are staged and compared with the stored ones
 * ({@link ContractsUpsert}). Besides CSV it reads the ministry's UniLav XML, alone or in a ZIP
 * archive. Each import refreshes the outcome facts of the participants whose contracts it changed, or
 * all of them when it rewrote most of the stored contracts.
 */
@Component
class ContractsDataset implements Dataset {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContractsDataset.class);

    private static final List<Column> COLUMNS = List.of(
            Column.required("communication_id", Cells.text(60)),
            Column.required("worker_tax_code", Cells.taxCode()),
            Column.required("employer_tax_code", Cells.businessTaxCode()),
            Column.required("contract_type", Cells.contractType()),
            Column.required("start_date", Cells.date()),
            Column.optional("end_date", Cells.date()),
            Column.optional("ateco", Cells.atecoCode()),
            Column.optional("province", Cells.province()),
            Column.optional("ateco_edition", Cells.atecoEdition()));

    private final UnilavFormat unilav;
    private final OutcomeFacts facts;
    private final BulkThreshold bulk;

    ContractsDataset(UnilavFormat unilav, OutcomeFacts facts, BulkThreshold bulk) {
        this.unilav = unilav;
        this.facts = facts;
        this.bulk = bulk;
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

    /** A contract cannot end before it starts (dates are ISO, so their text orders as they do). */
    @Override
    public List<RowRule> rowRules() {
        return List.of(ContractsDataset::endsAfterStart, AtecoRule.of("ateco", "ateco_edition"));
    }

    private static List<RowError> endsAfterStart(ParsedRow row) {
        String end = row.get("end_date");
        if (end != null && end.compareTo(row.get("start_date")) < 0) {
            return List.of(RowError.of(row.row(), "end_date", "import.contract.endsBeforeStart", row.get("start_date")));
        }
        return List.of();
    }

    /** Workers are matched to participants as the rows are read; other workers' rows are skipped. */
    @Override
    public RowMatch rowMatch(ImportContext context) {
        return WorkerMatch.load(context.jdbc());
    }

    /** Contracts whose communication id is not stored yet are written straight by COPY. */
    @Override
    public DirectLoad directLoad(ImportContext context) {
        return ContractsDirectLoad.start(context.jdbc(), bulk);
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
    public List<String> tables() {
        // not outcome.contract: nothing in the import plans on its column statistics (a bulk write builds its
        // indexes again, which counts its rows), reports read the facts, and analysing a million rows costs
        // most of a second; autovacuum gets to it within a minute
        return List.of("outcome.internship_outcome");
    }

    /**
     * Writes the contracts, then their outcome facts: when the import wrote most of the stored contracts
     * (the first load of a region, a corrected extract) every fact is recomputed, on both cores, without
     * listing the participants it touched; otherwise the facts of those participants are.
     */
    @Override
    public UpsertCounts upsert(ImportContext context) {
        return upsert(context, 0);
    }

    @Override
    public UpsertCounts upsert(ImportContext context, long loadedDirectly) {
        long started = System.nanoTime();
        ContractsUpsert.Written written = ContractsUpsert.run(context.jdbc(), bulk);
        long upserted = System.nanoTime();
        long rows = loadedDirectly + written.rows();
        int refreshed = 0;
        if (bulk.recomputesAll(context.jdbc(), "outcome.contract", rows)) {
            refreshed = facts.rebuild();
        } else if (rows > 0) {
            ContractsUpsert.touched(context.jdbc(), written, loadedDirectly > 0);
            refreshed = facts.refreshParticipants("SELECT participant_id FROM touched_participant");
        }
        log.info("Contracts upserted in {} ms ({} written straight before); {} outcome facts refreshed in {} ms",
                (upserted - started) / 1_000_000, loadedDirectly, refreshed, (System.nanoTime() - upserted) / 1_000_000);
        return written.counts();
    }

    @Override
    public String exportQuery(CurrentUser user) {
        return """
                SELECT communication_id, worker_tax_code, employer_tax_code, contract_type, start_date, end_date,
                       ateco, province, ateco_edition
                FROM outcome.contract ORDER BY communication_id""";
    }

    /** The workers whose tax code the export shows, erased ones (whose code stands for nobody) left out. */
    @Override
    public String namedPeopleQuery(CurrentUser user) {
        return """
                SELECT count(DISTINCT c.participant_id) FROM outcome.contract c
                JOIN participant.participant p ON p.id = c.participant_id WHERE p.erased_on IS NULL""";
    }
}
