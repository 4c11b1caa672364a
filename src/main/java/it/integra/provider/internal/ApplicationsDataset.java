package it.integra.provider.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportAudit;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The {@code applications} dataset: providers' applications to calls and their outcome. */
@Component
class ApplicationsDataset implements Dataset {

    private static final ImportAudit AUDIT = new ImportAudit("application", "provider.application",
            "SELECT a.id FROM provider.application a JOIN programme.call c ON c.id = a.call_id JOIN provider.provider p ON p.id = a.provider_id JOIN staging s ON s.call_code = c.code AND s.provider_code = p.code");

    private final AuditTrail audit;

    ApplicationsDataset(AuditTrail audit) {
        this.audit = audit;
    }

    private static final List<Column> COLUMNS = List.of(
            Column.required("call_code", Cells.code()),
            Column.required("provider_code", Cells.code()),
            Column.required("submitted_on", Cells.date()),
            Column.required("outcome", Cells.oneOf(Set.of("PENDING", "ELIGIBLE", "INELIGIBLE"))));

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public int importOrder() {
        return 3;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("call_code", "provider_code");
    }

    @Override
    public List<ReferenceCheck> referenceChecks() {
        return List.of(
                ReferenceCheck.exists("call_code", "import.call.unknown", "programme.call", "code"),
                ReferenceCheck.exists("provider_code", "import.provider.unknown", "provider.provider", "code"));
    }

    @Override
    public List<String> tables() {
        return List.of("provider.application");
    }

    @Override
    public UpsertCounts upsert(ImportContext context) {
        AUDIT.snapshot(context);
        UpsertCounts counts = write(context);
        AUDIT.record(context, audit);
        return counts;
    }

    private UpsertCounts write(ImportContext context) {
        return context.jdbc().sql("""
                        WITH up AS (
                            INSERT INTO provider.application AS a (call_id, provider_id, submitted_on, outcome)
                            SELECT c.id, p.id, s.submitted_on, s.outcome
                            FROM staging s
                            JOIN programme.call c ON c.code = s.call_code
                            JOIN provider.provider p ON p.code = s.provider_code
                            ON CONFLICT (call_id, provider_id) DO UPDATE SET
                                submitted_on = EXCLUDED.submitted_on, outcome = EXCLUDED.outcome,
                                updated_at = now(), version = a.version + 1
                            WHERE (a.submitted_on, a.outcome) IS DISTINCT FROM (EXCLUDED.submitted_on, EXCLUDED.outcome)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .query(UpsertCounts.class).single();
    }

    @Override
    public String exportQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " WHERE a.provider_id = " + id).orElse("");
        return """
                SELECT c.code AS call_code, p.code AS provider_code, a.submitted_on, a.outcome
                FROM provider.application a
                JOIN programme.call c ON c.id = a.call_id
                JOIN provider.provider p ON p.id = a.provider_id""" + scope + " ORDER BY c.code, p.code";
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return true;
    }
}
