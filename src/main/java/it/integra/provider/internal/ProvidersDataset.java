package it.integra.provider.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportAudit;
import it.integra.interchange.ImportContext;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.shared.ProviderType;
import java.util.List;
import org.springframework.stereotype.Component;

/** The {@code providers} dataset: the registry, keyed by provider code. */
@Component
class ProvidersDataset implements Dataset {

    private static final ImportAudit AUDIT = new ImportAudit("provider", "provider.provider",
            "SELECT p.id FROM provider.provider p JOIN staging s ON s.provider_code = p.code");

    private final AuditTrail audit;

    ProvidersDataset(AuditTrail audit) {
        this.audit = audit;
    }

    private static final List<Column> COLUMNS = List.of(
            Column.required("provider_code", Cells.code()),
            Column.required("tax_code", Cells.taxCode()),
            Column.required("name", Cells.name(300)),
            Column.required("type", Cells.oneOf(ProviderType.class)),
            Column.required("province", Cells.province()));

    @Override
    public String name() {
        return "providers";
    }

    @Override
    public int importOrder() {
        return 2;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("provider_code");
    }

    @Override
    public List<String> tables() {
        return List.of("provider.provider");
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
                            INSERT INTO provider.provider AS p (code, tax_code, name, type, province)
                            SELECT provider_code, tax_code, name, type, province FROM staging
                            ON CONFLICT (code) DO UPDATE SET
                                tax_code = EXCLUDED.tax_code, name = EXCLUDED.name, type = EXCLUDED.type,
                                province = EXCLUDED.province, updated_at = now(), version = p.version + 1
                            WHERE (p.tax_code, p.name, p.type, p.province)
                                IS DISTINCT FROM (EXCLUDED.tax_code, EXCLUDED.name, EXCLUDED.type, EXCLUDED.province)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .query(UpsertCounts.class).single();
    }

    @Override
    public String exportQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " WHERE id = " + id).orElse("");
        return "SELECT code AS provider_code, tax_code, name, type, province FROM provider.provider"
                + scope + " ORDER BY code";
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return true;
    }
}
