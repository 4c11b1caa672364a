package it.integra.participant.internal;

import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.EmptyTableInsert;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.UpsertCounts;
import it.integra.platform.CurrentUser;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.TargetGroup;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code participants} dataset, keyed by tax code. A row that carries a person's earlier,
 * provisional code updates that person instead of creating a second record.
 */
@Component
class ParticipantsDataset implements Dataset {

    private static final List<Column> COLUMNS = List.of(
            Column.required("tax_code", Cells.taxCode()),
            Column.required("family_name", Cells.name(200)),
            Column.required("given_name", Cells.name(200)),
            Column.required("sex", Cells.oneOf(Set.of("M", "F"))),
            Column.required("birth_date", Cells.date()),
            Column.required("citizenship", Cells.country()),
            Column.required("target_group", Cells.oneOf(TargetGroup.class)),
            Column.required("housed_in_reception", Cells.bool()),
            Column.required("prior_work_experience", Cells.bool()),
            Column.required("professional_qualification", Cells.bool()),
            Column.required("language_knowledge", Cells.oneOf(LanguageKnowledge.class)),
            Column.optional("language_certificates", Cells.cefrLevels()));

    /** The staged rows with the key of the person they update: the current code behind an earlier one. */
    private static final String RESOLVED = """
            SELECT s.*, coalesce(p.tax_code, s.tax_code) AS current_code
            FROM staging s
            LEFT JOIN participant.earlier_tax_code e ON e.tax_code = s.tax_code
            LEFT JOIN participant.participant p ON p.id = e.participant_id""";

    @Override
    public String name() {
        return "participants";
    }

    @Override
    public int importOrder() {
        return 4;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("tax_code");
    }

    @Override
    public List<ReferenceCheck> referenceChecks() {
        return List.of(new ReferenceCheck("tax_code", "import.participant.sameAsRow", """
                WITH r AS (""" + RESOLVED + """
                )
                SELECT r.row_no, min(o.row_no)::text FROM r JOIN r o ON o.current_code = r.current_code AND o.row_no <> r.row_no
                WHERE r.tax_code <> r.current_code GROUP BY r.row_no"""));
    }

    @Override
    public List<String> tables() {
        return List.of("participant.participant");
    }

    /** The staged rows as people, under their current code. */
    private static final String INSERT = """
            INSERT INTO participant.participant AS p (tax_code, family_name, given_name, sex, birth_date,
                citizenship, target_group, housed_in_reception, prior_work_experience,
                professional_qualification, language_knowledge, language_levels)
            SELECT current_code, family_name, given_name, sex, birth_date, citizenship, target_group,
                   housed_in_reception, prior_work_experience, professional_qualification,
                   language_knowledge,
                   coalesce(string_to_array(language_certificates, ';')::varchar(2)[], '{}')
            FROM (""" + RESOLVED + """
            ) r""";

    @Override
    public UpsertCounts upsert(ImportContext context) {
        JdbcClient jdbc = context.jdbc();
        return EmptyTableInsert.orUpsert(jdbc, "participant.participant", INSERT, () -> jdbc.sql("""
                        WITH up AS (""" + INSERT + """

                            ON CONFLICT (tax_code) DO UPDATE SET
                                family_name = EXCLUDED.family_name, given_name = EXCLUDED.given_name, sex = EXCLUDED.sex,
                                birth_date = EXCLUDED.birth_date, citizenship = EXCLUDED.citizenship,
                                target_group = EXCLUDED.target_group, housed_in_reception = EXCLUDED.housed_in_reception,
                                prior_work_experience = EXCLUDED.prior_work_experience,
                                professional_qualification = EXCLUDED.professional_qualification,
                                language_knowledge = EXCLUDED.language_knowledge,
                                language_levels = EXCLUDED.language_levels,
                                updated_at = now(), version = p.version + 1
                            WHERE (p.family_name, p.given_name, p.sex, p.birth_date, p.citizenship, p.target_group,
                                   p.housed_in_reception, p.prior_work_experience, p.professional_qualification,
                                   p.language_knowledge, p.language_levels)
                                IS DISTINCT FROM (EXCLUDED.family_name, EXCLUDED.given_name, EXCLUDED.sex,
                                   EXCLUDED.birth_date, EXCLUDED.citizenship, EXCLUDED.target_group,
                                   EXCLUDED.housed_in_reception, EXCLUDED.prior_work_experience,
                                   EXCLUDED.professional_qualification, EXCLUDED.language_knowledge,
                                   EXCLUDED.language_levels)
                            RETURNING (xmax = 0) AS inserted)
                        SELECT count(*) FILTER (WHERE inserted) AS inserted,
                               count(*) FILTER (WHERE NOT inserted) AS updated, 0 AS skipped
                        FROM up""")
                .query(UpsertCounts.class).single());
    }

    @Override
    public String exportQuery(CurrentUser user) {
        return """
                SELECT tax_code, family_name, given_name, sex, birth_date, citizenship, target_group,
                       housed_in_reception::text AS housed_in_reception,
                       prior_work_experience::text AS prior_work_experience,
                       professional_qualification::text AS professional_qualification,
                       language_knowledge, array_to_string(language_levels, ';') AS language_certificates
                FROM participant.participant ORDER BY tax_code""";
    }

    /** Everyone not erased: an erased record names nobody any more. */
    @Override
    public String namedPeopleQuery(CurrentUser user) {
        return "SELECT count(*) FROM participant.participant WHERE erased_on IS NULL";
    }
}
