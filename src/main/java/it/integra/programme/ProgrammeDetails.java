package it.integra.programme;

import java.math.BigDecimal;
import java.util.List;

/** A programme with its whole intervention model, as the Programmi page shows it. */
public record ProgrammeDetails(ProgrammeSummary summary, Integer maxPathwayMonths, BigDecimal attendanceThreshold,
                               Integer minAge, Integer maxAgeExclusive, int startWindowDays,
                               List<ModelArea> areas, List<EndowmentLine> lines, List<String> targetGroups,
                               List<CallSummary> calls) {

    /** One service area of the model: hours, when they are delivered, and how many after the end. */
    public record ModelArea(String area, BigDecimal modelHours, String phase, BigDecimal hoursAfterEnd,
                            boolean optional) {
    }

    /** One line of the endowment: how it is computed, to whom it is paid, from which fund. */
    public record EndowmentLine(String line, String basis, String area, BigDecimal quantity, BigDecimal unitCost,
                                BigDecimal amount, String recipient, String fund, boolean optional) {
    }

    public BigDecimal hoursTotal() {
        return areas.stream().filter(a -> !a.optional()).map(ModelArea::modelHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
