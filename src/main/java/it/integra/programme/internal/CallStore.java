package it.integra.programme.internal;

import it.integra.programme.CallDetails;
import it.integra.programme.CallStatus;
import it.integra.programme.CallSummary;
import it.integra.programme.CallTerms;
import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes calls; every write checks the version it read (optimistic locking). */
@Component
public class CallStore {

    private static final String COLUMNS = """
            id, code, programme_code, title, opens_on, closes_on, status, budget_eur, internship_months,
            monthly_allowance, max_pathway_months, attendance_threshold, min_age, max_age_exclusive,
            start_window_days, max_endowments_per_provider, retention_years, version""";

    private final JdbcClient jdbc;

    CallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CallDetails> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme.call WHERE code = :code").param("code", code)
                .query(this::details).optional();
    }

    public Optional<CallDetails> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM programme.call WHERE id = :id").param("id", id)
                .query(this::details).optional();
    }

    public void lock(long id) {
        jdbc.sql("SELECT id FROM programme.call WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    public boolean programmeExists(String code) {
        return jdbc.sql("SELECT count(*) > 0 FROM programme.programme WHERE code = :code").param("code", code)
                .query(Boolean.class).single();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) > 0 FROM programme.call WHERE code = :code").param("code", code)
                .query(Boolean.class).single();
    }

    public long insert(String code, String programme, CallTerms terms) {
        long id = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, max_pathway_months, attendance_threshold, min_age,
                            max_age_exclusive, start_window_days, max_endowments_per_provider, retention_years)
                        SELECT :code, p.code, :title, :opensOn, :closesOn, :budget, 'DRAFT', p.internship_months,
                               p.monthly_allowance, p.max_pathway_months, :threshold, p.min_age, p.max_age_exclusive,
                               :startWindow, :maxEndowments, :retention
                        FROM programme.programme p WHERE p.code = :programme
                        RETURNING id""")
                .param("code", code).param("programme", programme).param("title", terms.title().strip())
                .param("opensOn", terms.opensOn()).param("closesOn", terms.closesOn()).param("budget", terms.budget())
                .param("threshold", terms.attendanceThreshold()).param("startWindow", terms.startWindowDays())
                .param("maxEndowments", terms.maxEndowmentsPerProvider()).param("retention", terms.retentionYears())
                .query(Long.class).single();
        CallModels.copyMissing(jdbc, "'" + code.replace("'", "''") + "'");
        writeFundBudgets(id, terms);
        return id;
    }

    public void updateTerms(CallDetails call, CallTerms terms) {
        int updated = jdbc.sql("""
                        UPDATE programme.call SET title = :title, opens_on = :opensOn, closes_on = :closesOn,
                            budget_eur = :budget, attendance_threshold = :threshold, start_window_days = :startWindow,
                            max_endowments_per_provider = :maxEndowments, retention_years = :retention,
                            updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("title", terms.title().strip()).param("opensOn", terms.opensOn())
                .param("closesOn", terms.closesOn()).param("budget", terms.budget())
                .param("threshold", terms.attendanceThreshold()).param("startWindow", terms.startWindowDays())
                .param("maxEndowments", terms.maxEndowmentsPerProvider()).param("retention", terms.retentionYears())
                .param("id", call.id()).param("version", call.version())
                .update();
        requireOne(updated, call);
        writeFundBudgets(call.id(), terms);
    }

    public void updateStatus(CallDetails call, CallStatus status) {
        int updated = jdbc.sql("""
                        UPDATE programme.call SET status = :status, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("id", call.id()).param("version", call.version())
                .update();
        requireOne(updated, call);
    }

    public String json(long id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(c) || jsonb_build_object('fundBudgets',
                            (SELECT coalesce(jsonb_object_agg(f.fund, f.amount), '{}') FROM programme.call_fund_budget f
                             WHERE f.call_id = c.id)))::text
                        FROM programme.call c WHERE c.id = :id""")
                .param("id", id).query(String.class).single();
    }

    public org.springframework.data.domain.Page<CallSummary> search(it.integra.programme.CallQuery query,
                                                                    org.springframework.data.domain.Pageable pageable) {
        String filter = """
                FROM programme.call
                WHERE (CAST(:text AS text) IS NULL OR code ILIKE :text OR title ILIKE :text)
                  AND (CAST(:programme AS text) IS NULL OR programme_code = :programme)
                  AND (CAST(:status AS text) IS NULL OR status = :status)""";
        String text = query.text() == null ? null : "%" + query.text().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String status = query.status() == null ? null : query.status().name();
        long total = jdbc.sql("SELECT count(*) " + filter).param("text", text).param("programme", query.programme())
                .param("status", status).query(Long.class).single();
        List<CallSummary> rows = jdbc.sql("SELECT id, code, programme_code AS programme, title, opens_on, closes_on, "
                        + "budget_eur AS budget, status " + filter + " ORDER BY opens_on DESC, code LIMIT :limit OFFSET :offset")
                .param("text", text).param("programme", query.programme()).param("status", status)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(CallSummary.class).list();
        return new org.springframework.data.domain.PageImpl<>(rows, pageable, total);
    }

    public List<CallSummary> accepting(java.time.LocalDate today) {
        return jdbc.sql("""
                        SELECT id, code, programme_code AS programme, title, opens_on, closes_on, budget_eur AS budget, status
                        FROM programme.call WHERE status = 'OPEN' AND :today BETWEEN opens_on AND closes_on
                        ORDER BY closes_on, code""")
                .param("today", today).query(CallSummary.class).list();
    }

    private void writeFundBudgets(long callId, CallTerms terms) {
        jdbc.sql("DELETE FROM programme.call_fund_budget WHERE call_id = :id").param("id", callId).update();
        terms.fundBudgets().forEach((fund, amount) -> {
            if (amount != null) {
                jdbc.sql("INSERT INTO programme.call_fund_budget (call_id, fund, amount) VALUES (:id, :fund, :amount)")
                        .param("id", callId).param("fund", fund).param("amount", amount).update();
            }
        });
    }

    private static void requireOne(int updated, CallDetails call) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("call " + call.code() + " changed meanwhile");
        }
    }

    private CallDetails details(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new CallDetails(id, rs.getString("code"), rs.getString("programme_code"), rs.getString("title"),
                rs.getObject("opens_on", java.time.LocalDate.class), rs.getObject("closes_on", java.time.LocalDate.class),
                CallStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_eur"), fundBudgets(id),
                rs.getInt("internship_months"), rs.getBigDecimal("monthly_allowance"),
                (Integer) rs.getObject("max_pathway_months"), rs.getBigDecimal("attendance_threshold"),
                (Integer) rs.getObject("min_age"), (Integer) rs.getObject("max_age_exclusive"),
                rs.getInt("start_window_days"), (Integer) rs.getObject("max_endowments_per_provider"),
                rs.getInt("retention_years"), rs.getInt("version"), areas(id), lines(id), targetGroups(id));
    }

    private Map<String, BigDecimal> fundBudgets(long id) {
        Map<String, BigDecimal> budgets = new LinkedHashMap<>();
        jdbc.sql("SELECT fund, amount FROM programme.call_fund_budget WHERE call_id = :id ORDER BY fund")
                .param("id", id).query((rs, n) -> budgets.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return budgets;
    }

    private List<ModelArea> areas(long id) {
        return jdbc.sql("""
                        SELECT area, model_hours, phase, hours_after_end, optional FROM programme.call_area
                        WHERE call_id = :id ORDER BY position""").param("id", id).query(ModelArea.class).list();
    }

    private List<EndowmentLine> lines(long id) {
        return jdbc.sql("""
                        SELECT line, basis, area, quantity, unit_cost, amount, recipient, fund, optional
                        FROM programme.call_endowment_line WHERE call_id = :id ORDER BY position""")
                .param("id", id).query(EndowmentLine.class).list();
    }

    private List<String> targetGroups(long id) {
        return jdbc.sql("SELECT target_group FROM programme.call_target_group WHERE call_id = :id ORDER BY target_group")
                .param("id", id).query(String.class).list();
    }
}
