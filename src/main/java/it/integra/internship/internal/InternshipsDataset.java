package it.integra.internship.internal;

import it.integra.interchange.AtecoRule;
import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.RowError;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import it.integra.internship.InternshipsImported;
import it.integra.platform.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code internships} dataset. Each row also registers its host (by tax code) in the host
 * registry; the internship keeps the host's data as the row gives them.
 */
@Component
class InternshipsDataset implements Dataset {

    private static final List<Column> COLUMNS = List.of(
            Column.required("internship_code", Cells.code()),
            Column.required("clearance_code", Cells.code()),
            Column.required("host_tax_code", Cells.businessTaxCode()),
            Column.required("host_name", Cells.name(300)),
            Column.required("host_ateco", Cells.atecoCode()),
            Column.required("host_province", Cells.province()),
            Column.required("start_date", Cells.date()),
            Column.required("planned_end_date", Cells.date()),
            Column.required("status", Cells.oneOf(Set.of("ONGOING", "COMPLETED", "TERMINATED"))),
            Column.optional("end_date", Cells.date()),
            Column.optional("termination_reason", Cells.text(500)),
            Column.optional("host_ateco_edition", Cells.atecoEdition()));

    private static final RowRule END_DATE = InternshipsDataset::endDateErrors;
    private static final RowRule ATECO = AtecoRule.of("host_ateco", "host_ateco_edition");

    /** The edition of a staged row: the file's, or ATECO 2007 for files without the column. */
    private static final String EDITION = "coalesce(s.host_ateco_edition, '2007')::smallint";

    private final ApplicationEventPublisher events;

    InternshipsDataset(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "internships";
    }

    @Override
    public int importOrder() {
        return 6;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("internship_code");
    }

    @Override
    public List<RowRule> rowRules() {
        return List.of(END_DATE, ATECO);
    }

    private static List<RowError> endDateErrors(ParsedRow row) {
        List<RowError> errors = new ArrayList<>();
        if (!row.has("end_date") && !"ONGOING".equals(row.get("status"))) {
            errors.add(RowError.of(row.row(), "end_date", "import.internship.endDateRequired", row.get("status")));
        }
        if (row.has("end_date") && row.date("end_date").isBefore(row.date("start_date"))) {
            errors.add(RowError.of(row.row(), "end_date", "import.internship.endsBeforeStart", row.get("start_date")));
        }
        return errors;
    }

    @Override
    public List<ReferenceCheck> referenceChecks() {
        return List.of(
                ReferenceCheck.exists("clearance_code", "import.clearance.unknown", "clearance.clearance", "code"),
                new ReferenceCheck("clearance_code", "import.internship.clearanceNotGranted", """
                        SELECT s.row_no, k.status FROM staging s JOIN clearance.clearance k ON k.code = s.clearance_code
                        WHERE k.status <> 'GRANTED'"""),
                new ReferenceCheck("clearance_code", "import.internship.secondForClearance", """
                        WITH claims AS (
                            SELECT internship_code AS code, clearance_code FROM staging
                            UNION ALL
                            SELECT i.code, k.code FROM internship.internship i
                            JOIN clearance.clearance k ON k.id = i.clearance_id
                            WHERE NOT EXISTS (SELECT 1 FROM staging s WHERE s.internship_code = i.code))
                        SELECT s.row_no, min(o.code) FROM staging s
                        JOIN claims o ON o.clearance_code = s.clearance_code AND o.code <> s.internship_code
                        GROUP BY s.row_no"""));
    }

    @Override
    public List<String> tables() {
        return List.of("internship.host", "internship.internship");
    }

    @Override
    public UpsertCounts upsert(ImportContext context) {
        var jdbc = context.jdbc();
        jdbc.sql("""
                INSERT INTO internship.host AS h (tax_code, name, ateco, ateco_edition, province)
                SELECT DISTINCT ON (s.host_tax_code) s.host_tax_code, s.host_name, s.host_ateco, """ + EDITION + """
                       , s.host_province
                FROM staging s ORDER BY s.host_tax_code, s.row_no DESC
                ON CONFLICT (tax_code) DO UPDATE SET name = EXCLUDED.name, ateco = EXCLUDED.ateco,
                    ateco_edition = EXCLUDED.ateco_edition, province = EXCLUDED.province, updated_at = now(),
                    version = h.version + 1
                WHERE (h.name, h.ateco, h.ateco_edition, h.province)
                    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.ateco, EXCLUDED.ateco_edition, EXCLUDED.province)""")
                .update();
        UpsertCounts counts = jdbc.sql("""
                        WITH up AS (
                            INSERT INTO internship.internship AS i (code, clearance_id, host_id, host_tax_code, host_name,
                                host_ateco, host_ateco_edition, host_section, host_province, start_date, planned_end_date,
                                status, end_date, termination_reason)
                            SELECT s.internship_code, k.id, h.id, s.host_tax_code, s.host_name, s.host_ateco,
                                   d.edition, d.section, s.host_province, s.start_date, s.planned_end_date, s.status, s.end_date,
                                   s.termination_reason
                            FROM staging s
                            JOIN clearance.clearance k ON k.code = s.clearance_code
                            JOIN internship.host h ON h.tax_code = s.host_tax_code
                            JOIN reference.ateco_code d ON d.edition = """ + EDITION + """
                                 AND d.code = s.host_ateco
                            ON CONFLICT (code) DO UPDATE SET
                                clearance_id = EXCLUDED.clearance_id, host_id = EXCLUDED.host_id,
                                host_tax_code = EXCLUDED.host_tax_code, host_name = EXCLUDED.host_name,
                                host_ateco = EXCLUDED.host_ateco, host_ateco_edition = EXCLUDED.host_ateco_edition,
                                host_section = EXCLUDED.host_section,
                                host_province = EXCLUDED.host_province, start_date = EXCLUDED.start_date,
                                planned_end_date = EXCLUDED.planned_end_date, status = EXCLUDED.status,
                                end_date = EXCLUDED.end_date, termination_reason = EXCLUDED.termination_reason,
                                updated_at = now(), version = i.version + 1
                            WHERE (i.clearance_id, i.host_tax_code, i.host_name, i.host_ateco, i.host_ateco_edition,
                                   i.host_province,
                                   i.start_date, i.planned_end_date, i.status, i.end_date, i.termination_reason)
                                IS DISTINCT FROM (EXCLUDED.clearance_id, EXCLUDED.host_tax_code, EXCLUDED.host_name,
                                   EXCLUDED.host_ateco, EXCLUDED.host_ateco_edition, EXCLUDED.host_province,
                                   EXCLUDED.start_date,
                                   EXCLUDED.planned_end_date, EXCLUDED.status, EXCLUDED.end_date,
                                   EXCLUDED.termination_reason)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .query(UpsertCounts.class).single();
        // rows written by this transaction carry its start time, now(), in updated_at
        events.publishEvent(new InternshipsImported(jdbc.sql("SELECT i.id FROM internship.internship i "
                + "JOIN staging s ON s.internship_code = i.code WHERE i.updated_at = now()").query(Long.class).list()));
        return counts;
    }

    @Override
    public String exportQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " WHERE k.provider_id = " + id).orElse("");
        return """
                SELECT i.code AS internship_code, k.code AS clearance_code, i.host_tax_code, i.host_name,
                       i.host_ateco, i.host_province, i.start_date, i.planned_end_date, i.status, i.end_date,
                       i.termination_reason, i.host_ateco_edition
                FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id""" + scope
                + " ORDER BY i.code";
    }

    /**
     * Only the authority imports internships: each row also writes the shared host registry, which a
     * provider changes only for hosts it works with, through the pages.
     */
    @Override
    public boolean mayImport(CurrentUser user) {
        return user.isAuthorityStaff();
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().isPresent();
    }
}
