package it.integra.programme.internal;

import it.integra.platform.Violation;
import it.integra.programme.ProgrammeModelChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules of a programme model change, from the national internship guidelines. */
public final class ProgrammePolicy {

    private static final BigDecimal MINIMUM_ALLOWANCE = new BigDecimal("300");

    private ProgrammePolicy() {
    }

    public static List<Violation> check(ProgrammeModelChange change) {
        List<Violation> violations = new ArrayList<>();
        change.areaHours().forEach((area, hours) -> {
            if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("999")) > 0) {
                violations.add(Violation.of("hours[" + area + "]", "programme.hours.range"));
            }
        });
        if (change.monthlyAllowance() == null || change.monthlyAllowance().compareTo(MINIMUM_ALLOWANCE) < 0) {
            violations.add(Violation.of("monthlyAllowance", "programme.allowance.minimum", MINIMUM_ALLOWANCE));
        }
        BigDecimal threshold = change.attendanceThreshold();
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            violations.add(Violation.of("attendanceThreshold", "call.threshold.range"));
        }
        if (change.startWindowDays() == null || change.startWindowDays() < 1 || change.startWindowDays() > 365) {
            violations.add(Violation.of("startWindowDays", "call.startWindow.range"));
        }
        return violations;
    }
}
