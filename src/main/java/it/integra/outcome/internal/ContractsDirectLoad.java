package it.integra.outcome.internal;

import it.integra.interchange.DirectLoad;
import it.integra.interchange.ParsedRow;
import it.integra.shared.AtecoEdition;
import it.integra.shared.ContractType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contracts of an import that are certainly new (their communication id is not among the
 * {@link StoredContracts}) go by COPY straight into {@code outcome.contract}: no staging, no comparison,
 * no second write. When many are coming the table's indexes are suspended first and built again after
 * the last. Their participants are left in the temporary table {@code direct_participant} for the
 * outcome facts.
 */
final class ContractsDirectLoad implements DirectLoad {

    private final JdbcClient jdbc;
    private final BulkThreshold bulk;
    private final StoredContracts stored;
    private final LongSet participants = new LongSet();
    /** Whether each contract type met counts as employment ("t" or "f"): a few dozen types, a million rows. */
    private final Map<String, String> employment = new HashMap<>();
    private SuspendedIndexes indexes;

    private ContractsDirectLoad(JdbcClient jdbc, BulkThreshold bulk, StoredContracts stored) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.stored = stored;
    }

    /** Takes the contracts import lock first: what is stored must not change until this import commits. */
    static ContractsDirectLoad start(JdbcClient jdbc, BulkThreshold bulk) {
        ContractsUpsert.lock(jdbc);
        return new ContractsDirectLoad(jdbc, bulk, StoredContracts.load(jdbc));
    }

    @Override
    public boolean isNew(ParsedRow row, String matched) {
        return !stored.mayHold(row.get("communication_id"));
    }

    @Override
    public String copySql() {
        return "COPY outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code, "
                + "contract_type, employment, start_date, end_date, ateco, province, ateco_edition) FROM STDIN";
    }

    @Override
    public String[] values(ParsedRow row, String matched) {
        participants.add(Long.parseLong(matched));
        String type = row.get("contract_type");
        return new String[] {row.get("communication_id"), matched, row.get("worker_tax_code"),
            row.get("employer_tax_code"), type,
            employment.computeIfAbsent(type, code -> ContractType.parse(code).countsAsEmployment() ? "t" : "f"),
            row.get("start_date"), row.get("end_date"), row.get("ateco"), row.get("province"),
            row.has("ateco_edition") ? row.get("ateco_edition") : AtecoEdition.DEFAULT.toString()};
    }

    @Override
    public void beforeWriting(long waiting, boolean all) {
        if (bulk.applies(jdbc, "outcome.contract", waiting)) {
            indexes = SuspendedIndexes.of(jdbc, "outcome.contract");
        }
    }

    @Override
    public void afterWriting(long written) {
        if (indexes != null) {
            indexes.rebuild();
        }
        jdbc.sql("DROP TABLE IF EXISTS direct_participant").update();
        jdbc.sql("CREATE TEMPORARY TABLE direct_participant (participant_id bigint) ON COMMIT DROP").update();
        if (participants.size() > 0) {
            Long[] ids = new Long[participants.size()];
            int[] next = {0};
            participants.forEach(id -> ids[next[0]++] = id);
            jdbc.sql("INSERT INTO direct_participant SELECT unnest(CAST(:ids AS bigint[]))").param("ids", ids).update();
        }
    }
}
