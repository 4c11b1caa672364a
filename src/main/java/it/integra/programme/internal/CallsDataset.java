package it.integra.programme.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportAudit;
import it.integra.interchange.ImportContext;
import it.integra.interchange.RowError;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The {@code calls} dataset. A call imported for the first time takes a copy of its programme's
 * model; a call whose programme changes takes the new programme's model.
 */
@Component
class CallsDataset implements Dataset {

    private static final ImportAudit AUDIT = new ImportAudit("call", "programme.call",
            "SELECT c.id FROM programme.call c JOIN staging s ON s.call_code = c.code");

    private final AuditTrail audit;

    CallsDataset(AuditTrail audit) {
        this.audit = audit;
    }

    private static final List<Column> COLUMNS = List.of(
            Column.required("call_code", Cells.code()),
            Column.required("programme", Cells.oneOf(Set.of("INSIDE", "PERCORSI", "PUOI"))),
            Column.required("title", Cells.name(300)),
            Column.required("opens_on", Cells.date()),
            Column.required("closes_on", Cells.date()),
            Column.required("budget_eur", Cells.decimal(2, BigDecimal.ZERO)));

    private static final RowRule CLOSES_AFTER_OPENING = row ->
            row.date("closes_on").isBefore(row.date("opens_on"))
                    ? List.of(RowError.of(row.row(), "closes_on", "import.call.closesBeforeOpens", row.get("opens_on")))
                    : List.of();

    @Override
    public String name() {
        return "calls";
    }

    @Override
    public int importOrder() {
        return 1;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("call_code");
    }

    @Override
    public List<RowRule> rowRules() {
        return List.of(CLOSES_AFTER_OPENING);
    }

    @Override
    public List<String> tables() {
        return List.of("programme.call");
    }

    @Override
    public UpsertCounts upsert(ImportContext context) {
        AUDIT.snapshot(context);
        UpsertCounts counts = write(context);
        AUDIT.record(context, audit);
        return counts;
    }

    private UpsertCounts write(ImportContext context) {
        var jdbc = context.jdbc();
        for (String table : List.of("call_area", "call_endowment_line", "call_target_group")) {
            jdbc.sql("DELETE FROM programme." + table + " m USING programme.call c, staging s "
                    + "WHERE m.call_id = c.id AND c.code = s.call_code AND c.programme_code <> s.programme").update();
        }
        var counts = jdbc.sql("""
                        WITH up AS (
                            INSERT INTO programme.call AS c (code, programme_code, title, opens_on, closes_on, budget_eur,
                                status, internship_months, monthly_allowance, max_pathway_months, attendance_threshold,
                                min_age, max_age_exclusive, start_window_days)
                            SELECT s.call_code, s.programme, s.title, s.opens_on, s.closes_on, s.budget_eur,
                                   CASE WHEN s.closes_on < :today THEN 'CLOSED' ELSE 'OPEN' END,
                                   p.internship_months, p.monthly_allowance, p.max_pathway_months,
                                   p.attendance_threshold, p.min_age, p.max_age_exclusive, p.start_window_days
                            FROM staging s JOIN programme.programme p ON p.code = s.programme
                            ON CONFLICT (code) DO UPDATE SET
                                programme_code = EXCLUDED.programme_code, title = EXCLUDED.title,
                                opens_on = EXCLUDED.opens_on, closes_on = EXCLUDED.closes_on,
                                budget_eur = EXCLUDED.budget_eur,
                                internship_months = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.internship_months ELSE EXCLUDED.internship_months END,
                                monthly_allowance = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.monthly_allowance ELSE EXCLUDED.monthly_allowance END,
                                max_pathway_months = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.max_pathway_months ELSE EXCLUDED.max_pathway_months END,
                                attendance_threshold = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.attendance_threshold ELSE EXCLUDED.attendance_threshold END,
                                min_age = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.min_age ELSE EXCLUDED.min_age END,
                                max_age_exclusive = CASE WHEN c.programme_code = EXCLUDED.programme_code
                                    THEN c.max_age_exclusive ELSE EXCLUDED.max_age_exclusive END,
                                updated_at = now(), version = c.version + 1
                            WHERE (c.programme_code, c.title, c.opens_on, c.closes_on, c.budget_eur)
                                IS DISTINCT FROM (EXCLUDED.programme_code, EXCLUDED.title, EXCLUDED.opens_on,
                                                  EXCLUDED.closes_on, EXCLUDED.budget_eur)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .param("today", context.today())
                .query(UpsertCounts.class).single();
        CallModels.copyMissing(jdbc, "SELECT call_code FROM staging");
        return counts;
    }

    @Override
    public String exportQuery(CurrentUser user) {
        return """
                SELECT code AS call_code, programme_code AS programme, title, opens_on, closes_on, budget_eur
                FROM programme.call ORDER BY code""";
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return true;
    }
}
