package it.integra.programme;

import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the built-in programmes and their models. Everyone signed in may read them. */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalogue {

    private static final String SUMMARY = """
            SELECT p.code, p.name, p.years, p.internship_months, p.monthly_allowance,
                   (SELECT coalesce(sum(l.amount), 0) FROM programme.programme_endowment_line l
                     WHERE l.programme_code = p.code AND NOT l.optional) AS endowment,
                   (SELECT count(*) FROM programme.call c WHERE c.programme_code = p.code) AS calls
            FROM programme.programme p""";

    private final JdbcClient jdbc;

    ProgrammeCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammeSummary> programmes() {
        return jdbc.sql(SUMMARY + " ORDER BY p.code").query(ProgrammeSummary.class).list();
    }

    public Optional<ProgrammeDetails> programme(String code) {
        return jdbc.sql(SUMMARY + " WHERE p.code = :code").param("code", code)
                .query(ProgrammeSummary.class).optional()
                .map(summary -> details(summary));
    }

    private ProgrammeDetails details(ProgrammeSummary summary) {
        String code = summary.code();
        var terms = jdbc.sql("""
                        SELECT max_pathway_months, attendance_threshold, min_age, max_age_exclusive, start_window_days
                        FROM programme.programme WHERE code = :code""")
                .param("code", code).query().singleRow();
        List<ModelArea> areas = jdbc.sql("""
                        SELECT area, model_hours, phase, hours_after_end, optional FROM programme.programme_area
                        WHERE programme_code = :code ORDER BY position""")
                .param("code", code).query(ModelArea.class).list();
        List<EndowmentLine> lines = jdbc.sql("""
                        SELECT line, basis, area, quantity, unit_cost, amount, recipient, fund, optional
                        FROM programme.programme_endowment_line WHERE programme_code = :code ORDER BY position""")
                .param("code", code).query(EndowmentLine.class).list();
        List<String> groups = jdbc.sql("""
                        SELECT target_group FROM programme.programme_target_group
                        WHERE programme_code = :code ORDER BY target_group""")
                .param("code", code).query(String.class).list();
        List<CallSummary> calls = jdbc.sql("""
                        SELECT id, code, programme_code AS programme, title, opens_on, closes_on,
                               budget_eur AS budget, status
                        FROM programme.call WHERE programme_code = :code ORDER BY opens_on DESC, code""")
                .param("code", code).query(CallSummary.class).list();
        return new ProgrammeDetails(summary, (Integer) terms.get("max_pathway_months"),
                (java.math.BigDecimal) terms.get("attendance_threshold"), (Integer) terms.get("min_age"),
                (Integer) terms.get("max_age_exclusive"), (Integer) terms.get("start_window_days"),
                areas, lines, groups, calls);
    }
}
