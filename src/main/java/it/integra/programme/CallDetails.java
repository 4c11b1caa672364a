package it.integra.programme;

import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A call with its own copy of the model, its terms and its budget by fund.
 *
 * @param retentionYears how many years after {@code closesOn} its participants' records are kept
 */
public record CallDetails(long id, String code, String programme, String title, LocalDate opensOn, LocalDate closesOn,
                          CallStatus status, BigDecimal budget, Map<String, BigDecimal> fundBudgets,
                          int internshipMonths, BigDecimal monthlyAllowance, Integer maxPathwayMonths,
                          BigDecimal attendanceThreshold, Integer minAge, Integer maxAgeExclusive,
                          int startWindowDays, Integer maxEndowmentsPerProvider, int retentionYears, int version,
                          List<ModelArea> areas, List<EndowmentLine> lines, List<String> targetGroups) {

    /** Editing is allowed until the call opens: while a draft, or published but before its opening date. */
    public boolean editableOn(LocalDate today) {
        return status == CallStatus.DRAFT || status == CallStatus.OPEN && today.isBefore(opensOn);
    }

    /** Applications and clearance requests are accepted while open and between the call's dates. */
    public boolean acceptsRequestsOn(LocalDate today) {
        return status == CallStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** The amount an endowment commits, by fund (lines that are not optional). */
    public Map<String, BigDecimal> endowmentByFund() {
        Map<String, BigDecimal> byFund = new java.util.TreeMap<>();
        lines.stream().filter(line -> !line.optional())
                .forEach(line -> byFund.merge(line.fund(), line.amount(), BigDecimal::add));
        return byFund;
    }

    public BigDecimal endowment() {
        return endowmentByFund().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
