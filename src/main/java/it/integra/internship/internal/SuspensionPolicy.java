package it.integra.internship.internal;

import it.integra.internship.InternshipView;
import it.integra.internship.Suspension;
import it.integra.internship.SuspendInternship;
import it.integra.platform.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * When an internship may be suspended (national guidelines of 25 May 2017): for illness or injury of
 * 30 days or more, maternity, or a closure of the host of 15 days or more; within the internship and
 * not over another suspension. The suspended days move the planned end.
 */
public final class SuspensionPolicy {

    private SuspensionPolicy() {
    }

    public static List<Violation> check(SuspendInternship suspend, InternshipView internship, List<Suspension> earlier) {
        List<Violation> violations = new ArrayList<>();
        if (suspend.cause() == null) {
            violations.add(Violation.of("cause", "internship.suspension.cause"));
        }
        if (suspend.from() == null || suspend.to() == null || suspend.to().isBefore(suspend.from())) {
            violations.add(Violation.of("from", "internship.suspension.dates"));
            return violations;
        }
        if (suspend.from().isBefore(internship.startDate()) || suspend.from().isAfter(internship.plannedEndDate())) {
            violations.add(Violation.of("from", "internship.suspension.outside", Dates.format(internship.startDate()),
                    Dates.format(internship.plannedEndDate())));
        }
        int days = Suspension.daysBetween(suspend.from(), suspend.to());
        if (suspend.cause() != null && days < suspend.cause().minimumDays()) {
            violations.add(Violation.of("to", "internship.suspension.tooShort." + suspend.cause().name(), days,
                    suspend.cause().minimumDays()));
        }
        earlier.stream()
                .filter(other -> !other.to().isBefore(suspend.from()) && !other.from().isAfter(suspend.to()))
                .findFirst()
                .ifPresent(other -> violations.add(Violation.of("from", "internship.suspension.overlaps",
                        Dates.format(other.from()), Dates.format(other.to()))));
        return violations;
    }
}
