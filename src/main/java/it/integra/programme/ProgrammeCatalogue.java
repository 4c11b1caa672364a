package it.integra.programme;

import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.internal.ProgrammePolicy;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
    private final AuditTrail audit;

    ProgrammeCatalogue(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Changes a programme's model (ADMIN only). Hours must be positive, the allowance at least the
     * national minimum of 300 euro, the threshold a share from 0 to 1.
     */
    @Transactional
    public void changeModel(String code, ProgrammeModelChange change, CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators change programme models");
        }
        ViolationException.throwIfAny(ProgrammePolicy.check(change));
        String before = json(code);
        int updated = jdbc.sql("""
                        UPDATE programme.programme SET monthly_allowance = :allowance, attendance_threshold = :threshold,
                            start_window_days = :window, version = version + 1
                        WHERE code = :code AND version = :version""")
                .param("allowance", change.monthlyAllowance()).param("threshold", change.attendanceThreshold())
                .param("window", change.startWindowDays()).param("code", code).param("version", change.expectedVersion())
                .update();
        if (updated != 1) {
            throw new ViolationException(List.of(Violation.of("", "programme.changedMeanwhile")));
        }
        change.areaHours().forEach((area, hours) -> jdbc.sql(
                        "UPDATE programme.programme_area SET model_hours = :hours WHERE programme_code = :code AND area = :area")
                .param("hours", hours).param("code", code).param("area", area).update());
        long id = jdbc.sql("SELECT id FROM programme.programme WHERE code = :code").param("code", code)
                .query(Long.class).single();
        audit.record("programme", id, "EDIT", user, before, json(code), null);
    }

    private String json(String code) {
        return jdbc.sql("""
                        SELECT (to_jsonb(p) || jsonb_build_object('areas', (SELECT jsonb_object_agg(a.area, a.model_hours)
                            FROM programme.programme_area a WHERE a.programme_code = p.code)))::text
                        FROM programme.programme p WHERE p.code = :code""")
                .param("code", code).query(String.class).single();
    }

    /** The version of a programme's model, for the optimistic check of an edit. */
    public int version(String code) {
        return jdbc.sql("SELECT version FROM programme.programme WHERE code = :code").param("code", code)
                .query(Integer.class).single();
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
