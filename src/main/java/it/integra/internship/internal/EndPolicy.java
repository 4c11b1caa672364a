package it.integra.internship.internal;

import it.integra.internship.InternshipView;
import it.integra.internship.TerminateInternship;
import it.integra.internship.TerminationReason;
import it.integra.platform.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How an internship ends: completed on or after its planned end (which suspensions may have moved),
 * or terminated earlier, on a day already past, for a stated reason; OTHER needs a note. An early end
 * may not cut off months whose attendance is already entered.
 */
public final class EndPolicy {

    static final int MAX_TEXT = 480;
    public static final int MAX_COMPETENCES = 4000;

    private EndPolicy() {
    }

    public static List<Violation> checkCompletion(InternshipView internship, LocalDate today) {
        return today.isBefore(internship.plannedEndDate())
                ? List.of(Violation.of("", "internship.complete.beforePlannedEnd", Dates.format(internship.plannedEndDate())))
                : List.of();
    }

    /** @param lastRecordedMonthStart the first day of the last month with attendance entered, or null */
    public static List<Violation> checkTermination(TerminateInternship terminate, InternshipView internship,
                                                   LocalDate lastRecordedMonthStart, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (terminate.reason() == null) {
            violations.add(Violation.of("reason", "internship.terminate.reason"));
        } else if (terminate.reason() == TerminationReason.OTHER && terminate.note() == null) {
            violations.add(Violation.of("note", "internship.terminate.noteRequired"));
        }
        if (terminate.note() != null && terminate.note().length() > MAX_TEXT) {
            violations.add(Violation.of("note", "internship.terminate.noteTooLong", MAX_TEXT));
        }
        LocalDate end = terminate.endDate();
        if (end == null) {
            violations.add(Violation.of("endDate", "internship.terminate.endDate"));
        } else if (end.isBefore(internship.startDate())) {
            violations.add(Violation.of("endDate", "internship.terminate.beforeStart", Dates.format(internship.startDate())));
        } else if (end.isAfter(today)) {
            violations.add(Violation.of("endDate", "internship.terminate.future"));
        } else if (!end.isBefore(internship.plannedEndDate())) {
            violations.add(Violation.of("endDate", "internship.terminate.notEarly", Dates.format(internship.plannedEndDate())));
        } else if (lastRecordedMonthStart != null && lastRecordedMonthStart.isAfter(end)) {
            violations.add(Violation.of("endDate", "internship.terminate.attendanceAfter", Dates.format(lastRecordedMonthStart)));
        }
        return violations;
    }

    public static List<Violation> checkCompetences(String competences) {
        if (competences == null || competences.isBlank()) {
            return List.of(Violation.of("competences", "internship.competences.missing"));
        }
        return competences.length() > MAX_COMPETENCES
                ? List.of(Violation.of("competences", "internship.competences.tooLong", MAX_COMPETENCES)) : List.of();
    }
}
