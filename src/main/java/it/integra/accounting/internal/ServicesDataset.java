package it.integra.accounting.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.EmptyTableInsert;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code services} dataset: hours delivered on a pathway, one row per area and day. Imported rows
 * are history (origin IMPORT): the ledger never accrues them. A row that rewrites a day logged in the
 * application takes the file's hours and leaves that day's accrual as it was.
 */
@Component
class ServicesDataset implements Dataset {

    private static final List<Column> COLUMNS = List.of(
            Column.required("clearance_code", Cells.code()),
            Column.required("area", Cells.oneOf(ServiceArea.class)),
            Column.required("delivered_on", Cells.date()),
            Column.required("hours", Cells.decimalBetween(BigDecimal.ZERO, new BigDecimal("8"))));

    @Override
    public String name() {
        return "services";
    }

    @Override
    public int importOrder() {
        return 7;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("clearance_code", "area", "delivered_on");
    }

    @Override
    public List<ReferenceCheck> referenceChecks() {
        return List.of(
                ReferenceCheck.exists("clearance_code", "import.clearance.unknown", "clearance.clearance", "code"),
                new ReferenceCheck("area", "import.service.areaNotInModel", """
                        SELECT s.row_no, c.code FROM staging s
                        JOIN clearance.clearance k ON k.code = s.clearance_code
                        JOIN programme.call c ON c.id = k.call_id
                        WHERE NOT EXISTS (SELECT 1 FROM programme.call_area a WHERE a.call_id = k.call_id AND a.area = s.area)"""));
    }

    @Override
    public List<String> tables() {
        return List.of("accounting.service_delivery", "accounting.pathway_area_hours");
    }

    /** Staged rows as hours of their clearance, imported. */
    private static final String INSERT = """
            INSERT INTO accounting.service_delivery AS d (clearance_id, area, delivered_on, hours, origin)
            SELECT k.id, s.area, s.delivered_on, s.hours, 'IMPORT'
            FROM staging s JOIN clearance.clearance k ON k.code = s.clearance_code""";

    @Override
    public UpsertCounts upsert(ImportContext context) {
        JdbcClient jdbc = context.jdbc();
        return EmptyTableInsert.orUpsert(jdbc, "accounting.service_delivery", INSERT, () -> jdbc.sql("""
                        WITH up AS (""" + INSERT + """

                            ON CONFLICT (clearance_id, area, delivered_on) DO UPDATE SET
                                hours = EXCLUDED.hours, updated_at = now(), version = d.version + 1
                            WHERE d.hours IS DISTINCT FROM EXCLUDED.hours
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .query(UpsertCounts.class).single());
    }

    @Override
    public String exportQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " WHERE k.provider_id = " + id).orElse("");
        return """
                SELECT k.code AS clearance_code, d.area, d.delivered_on, d.hours
                FROM accounting.service_delivery d JOIN clearance.clearance k ON k.id = d.clearance_id""" + scope
                + " ORDER BY k.code, d.area, d.delivered_on";
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().isPresent();
    }
}
