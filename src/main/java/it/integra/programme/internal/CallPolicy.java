package it.integra.programme.internal;

import it.integra.platform.Violation;
import it.integra.programme.CallTerms;
import it.integra.shared.Codes;
import it.integra.shared.Fund;
import it.integra.shared.SpreadsheetCells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules a call's terms must meet, each broken rule reported with its field. */
public final class CallPolicy {

    /** The bounds of a call's retention period, as the table's check has them. */
    static final int MIN_RETENTION_YEARS = 1;
    static final int MAX_RETENTION_YEARS = 50;

    private CallPolicy() {
    }

    public static List<Violation> checkCode(String code, boolean taken) {
        if (code == null || code.isBlank()) {
            return List.of(Violation.of("code", "call.code.required"));
        }
        if (!Codes.isValid(code)) {
            return List.of(Violation.of("code", "call.code.form"));
        }
        return taken ? List.of(Violation.of("code", "call.code.taken", code)) : List.of();
    }

    public static List<Violation> checkTerms(CallTerms terms) {
        List<Violation> violations = new ArrayList<>();
        if (terms.title() == null || terms.title().isBlank()) {
            violations.add(Violation.of("title", "call.title.required"));
        } else if (terms.title().length() > 300) {
            violations.add(Violation.of("title", "call.title.tooLong", 300));
        } else if (SpreadsheetCells.startsLikeFormula(terms.title())) {
            violations.add(Violation.of("title", "name.formula"));
        }
        if (terms.opensOn() == null) {
            violations.add(Violation.of("opensOn", "call.opensOn.required"));
        }
        if (terms.closesOn() == null) {
            violations.add(Violation.of("closesOn", "call.closesOn.required"));
        } else if (terms.opensOn() != null && terms.closesOn().isBefore(terms.opensOn())) {
            violations.add(Violation.of("closesOn", "call.closesOn.beforeOpening"));
        }
        for (Fund fund : Fund.values()) {
            BigDecimal amount = terms.fundBudgets().get(fund.name());
            if (amount != null && amount.signum() < 0) {
                violations.add(Violation.of("budget" + fund.name(), "call.budget.negative"));
            }
            if (amount != null && amount.stripTrailingZeros().scale() > 2) {
                violations.add(Violation.of("budget" + fund.name(), "call.budget.decimals"));
            }
        }
        if (terms.budget().signum() <= 0) {
            violations.add(Violation.of("budgetESF", "call.budget.required"));
        }
        BigDecimal threshold = terms.attendanceThreshold();
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            violations.add(Violation.of("attendanceThreshold", "call.threshold.range"));
        }
        if (terms.startWindowDays() == null || terms.startWindowDays() < 1 || terms.startWindowDays() > 365) {
            violations.add(Violation.of("startWindowDays", "call.startWindow.range"));
        }
        if (terms.maxEndowmentsPerProvider() != null && terms.maxEndowmentsPerProvider() < 1) {
            violations.add(Violation.of("maxEndowmentsPerProvider", "call.maxEndowments.range"));
        }
        if (terms.retentionYears() == null || terms.retentionYears() < MIN_RETENTION_YEARS
                || terms.retentionYears() > MAX_RETENTION_YEARS) {
            violations.add(Violation.of("retentionYears", "call.retention.range", MIN_RETENTION_YEARS,
                    MAX_RETENTION_YEARS));
        }
        return violations;
    }
}
