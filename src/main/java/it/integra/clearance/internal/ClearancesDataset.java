package it.integra.clearance.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.EmptyTableInsert;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.RowError;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code clearances} dataset. The participant is found by current or earlier tax code; the
 * provider must hold an eligible application to the call; a person holds at most one open clearance
 * (requested or granted) per call, counting both the file and what is stored.
 */
@Component
class ClearancesDataset implements Dataset {

    private static final List<Column> COLUMNS = List.of(
            Column.required("clearance_code", Cells.code()),
            Column.required("call_code", Cells.code()),
            Column.required("provider_code", Cells.code()),
            Column.required("participant_tax_code", Cells.taxCode()),
            Column.required("province", Cells.province()),
            Column.required("requested_on", Cells.date()),
            Column.required("status", Cells.oneOf(Set.of("REQUESTED", "GRANTED", "REJECTED", "CANCELLED"))),
            Column.optional("decided_on", Cells.date()));

    private static final RowRule DECISION_DATE = row -> decisionDateErrors(row);

    /** Staged rows with the ids they refer to. */
    static final String RESOLVED = """
            SELECT s.*, c.id AS call_id, pr.id AS provider_id,
                   coalesce(p.id, e.participant_id) AS participant_id
            FROM staging s
            LEFT JOIN programme.call c ON c.code = s.call_code
            LEFT JOIN provider.provider pr ON pr.code = s.provider_code
            LEFT JOIN participant.participant p ON p.tax_code = s.participant_tax_code
            LEFT JOIN participant.earlier_tax_code e ON e.tax_code = s.participant_tax_code""";

    @Override
    public String name() {
        return "clearances";
    }

    @Override
    public int importOrder() {
        return 5;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("clearance_code");
    }

    @Override
    public List<RowRule> rowRules() {
        return List.of(DECISION_DATE);
    }

    private static List<RowError> decisionDateErrors(ParsedRow row) {
        if (!row.has("decided_on")) {
            return "REQUESTED".equals(row.get("status")) ? List.of()
                    : List.of(RowError.of(row.row(), "decided_on", "import.clearance.decisionDateRequired", row.get("status")));
        }
        return row.date("decided_on").isBefore(row.date("requested_on"))
                ? List.of(RowError.of(row.row(), "decided_on", "import.clearance.decidedBeforeRequest", row.get("requested_on")))
                : List.of();
    }

    @Override
    public List<ReferenceCheck> referenceChecks() {
        return List.of(
                ReferenceCheck.exists("call_code", "import.call.unknown", "programme.call", "code"),
                ReferenceCheck.exists("provider_code", "import.provider.unknown", "provider.provider", "code"),
                new ReferenceCheck("participant_tax_code", "import.participant.unknown",
                        "SELECT row_no, participant_tax_code FROM (" + RESOLVED + ") r WHERE participant_id IS NULL"),
                new ReferenceCheck("provider_code", "import.clearance.providerNotEligible", """
                        SELECT r.row_no, r.call_code FROM (""" + RESOLVED + """
                        ) r
                        WHERE r.call_id IS NOT NULL AND r.provider_id IS NOT NULL AND NOT EXISTS (
                            SELECT 1 FROM provider.application a
                            WHERE a.call_id = r.call_id AND a.provider_id = r.provider_id AND a.outcome = 'ELIGIBLE')"""),
                new ReferenceCheck("participant_tax_code", "import.clearance.secondOpen", """
                        WITH r AS (""" + RESOLVED + """
                        ), open_ones AS (
                            SELECT clearance_code AS code, call_id, participant_id FROM r
                            WHERE status IN ('REQUESTED', 'GRANTED') AND participant_id IS NOT NULL
                            UNION ALL
                            SELECT k.code, k.call_id, k.participant_id FROM clearance.clearance k
                            WHERE k.status IN ('REQUESTED', 'GRANTED')
                              AND NOT EXISTS (SELECT 1 FROM staging s WHERE s.clearance_code = k.code))
                        SELECT r.row_no, min(o.code) FROM r
                        JOIN open_ones o ON o.call_id = r.call_id AND o.participant_id = r.participant_id
                                        AND o.code <> r.clearance_code
                        WHERE r.status IN ('REQUESTED', 'GRANTED')
                        GROUP BY r.row_no"""),
                new ReferenceCheck("status", "import.clearance.hasInternship", """
                        SELECT s.row_no, i.code FROM staging s
                        JOIN clearance.clearance k ON k.code = s.clearance_code
                        JOIN internship.internship i ON i.clearance_id = k.id
                        WHERE s.status <> 'GRANTED'"""));
    }

    @Override
    public List<String> tables() {
        return List.of("clearance.clearance");
    }

    /** The staged rows as clearances, with the ids they refer to and the region of their province. */
    private static final String INSERT = """
            INSERT INTO clearance.clearance AS k (code, call_id, provider_id, participant_id, province,
                region_code, requested_on, status, decided_on)
            SELECT r.clearance_code, r.call_id, r.provider_id, r.participant_id, r.province,
                   pv.region_code, r.requested_on, r.status, r.decided_on
            FROM (""" + RESOLVED + """
            ) r JOIN reference.province pv ON pv.code = r.province""";

    @Override
    public UpsertCounts upsert(ImportContext context) {
        JdbcClient jdbc = context.jdbc();
        return EmptyTableInsert.orUpsert(jdbc, "clearance.clearance", INSERT, () -> jdbc.sql("""
                        WITH up AS (""" + INSERT + """

                            ON CONFLICT (code) DO UPDATE SET
                                call_id = EXCLUDED.call_id, provider_id = EXCLUDED.provider_id,
                                participant_id = EXCLUDED.participant_id, province = EXCLUDED.province,
                                region_code = EXCLUDED.region_code, requested_on = EXCLUDED.requested_on,
                                status = EXCLUDED.status, decided_on = EXCLUDED.decided_on,
                                updated_at = now(), version = k.version + 1
                            WHERE (k.call_id, k.provider_id, k.participant_id, k.province, k.requested_on, k.status,
                                   k.decided_on)
                                IS DISTINCT FROM (EXCLUDED.call_id, EXCLUDED.provider_id, EXCLUDED.participant_id,
                                   EXCLUDED.province, EXCLUDED.requested_on, EXCLUDED.status, EXCLUDED.decided_on)
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
                SELECT k.code AS clearance_code, c.code AS call_code, pr.code AS provider_code,
                       p.tax_code AS participant_tax_code, k.province, k.requested_on, k.status, k.decided_on
                FROM clearance.clearance k
                JOIN programme.call c ON c.id = k.call_id
                JOIN provider.provider pr ON pr.id = k.provider_id
                JOIN participant.participant p ON p.id = k.participant_id""" + scope + " ORDER BY k.code";
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().isPresent();
    }

    /** The people whose tax code the export shows, in the user's scope, erased ones left out. */
    @Override
    public String namedPeopleQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " AND k.provider_id = " + id).orElse("");
        return """
                SELECT count(DISTINCT k.participant_id) FROM clearance.clearance k
                JOIN participant.participant p ON p.id = k.participant_id WHERE p.erased_on IS NULL""" + scope;
    }
}
