package it.integra.internship.internal;

import it.integra.clearance.ClearanceStatus;
import it.integra.clearance.ClearanceView;
import it.integra.internship.StartInternship;
import it.integra.platform.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a provider may start the internship of a clearance: the clearance is granted and has no
 * internship yet; the start falls between the grant and the end of the call's start window; the
 * host's data are complete and the host has room (its capacity); the provider's tutor is an operator
 * of the provider following fewer than twenty trainees; a company tutor is named; the weekly hours
 * are sensible; the agreement (convenzione) and the training plan (PFI) are on file.
 */
public final class StartPolicy {

    /** A provider tutor follows at most this many trainees at a time (national guidelines). */
    public static final int MAX_TRAINEES_PER_TUTOR = 20;
    /** The most weekly hours an internship may have [assumed: a full-time week]. */
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("40");

    private StartPolicy() {
    }

    /**
     * What the rules look at besides the command.
     *
     * @param hostOngoing the host's ongoing trainees, or -1 when the host is new
     * @param tutorOngoing the trainees the provider tutor follows now
     */
    public record Facts(ClearanceView clearance, boolean alreadyStarted, boolean tutorOfProvider, long tutorOngoing,
                        long hostOngoing, boolean companyTutorOfHost) {
    }

    /**
     * The planned end: the start plus the call's months, less one day, so that a six-month internship
     * from 17 June ends on 16 December, as in the programmes' own records.
     */
    public static LocalDate plannedEnd(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    public static List<Violation> check(StartInternship start, Facts facts) {
        List<Violation> violations = new ArrayList<>();
        ClearanceView clearance = facts.clearance();
        if (clearance.status() != ClearanceStatus.GRANTED) {
            violations.add(Violation.of("", "internship.clearanceNotGranted", clearance.code()));
        }
        if (facts.alreadyStarted()) {
            violations.add(Violation.of("", "internship.alreadyStarted", clearance.code()));
        }
        violations.addAll(startDate(start.startDate(), clearance));
        List<Violation> host = HostRules.check(start.host(), "host");
        violations.addAll(host);
        if (host.stream().noneMatch(v -> v.field().equals("hostEmployees")) && facts.hostOngoing() > 0) {
            violations.addAll(HostCapacityPolicy.check(start.host().employees(), facts.hostOngoing()));
        }
        violations.addAll(tutors(start, facts));
        violations.addAll(hoursAndDocuments(start));
        return violations;
    }

    private static List<Violation> hoursAndDocuments(StartInternship start) {
        List<Violation> violations = new ArrayList<>();
        if (start.weeklyHours() == null || start.weeklyHours().signum() <= 0
                || start.weeklyHours().compareTo(MAX_WEEKLY_HOURS) > 0) {
            violations.add(Violation.of("weeklyHours", "internship.weeklyHours", MAX_WEEKLY_HOURS));
        }
        if (!start.conventionAttached()) {
            violations.add(Violation.of("conventionAttached", "internship.conventionMissing"));
        }
        if (!start.pfiAttached()) {
            violations.add(Violation.of("pfiAttached", "internship.pfiMissing"));
        }
        return violations;
    }

    private static List<Violation> startDate(LocalDate date, ClearanceView clearance) {
        if (date == null) {
            return List.of(Violation.of("startDate", "internship.startDate.missing"));
        }
        if (clearance.decidedOn() != null && date.isBefore(clearance.decidedOn())) {
            return List.of(Violation.of("startDate", "internship.startDate.beforeGrant",
                    Dates.format(clearance.decidedOn())));
        }
        if (clearance.startDeadline() != null && date.isAfter(clearance.startDeadline())) {
            return List.of(Violation.of("startDate", "internship.startDate.afterWindow", Dates.format(clearance.startDeadline()),
                    clearance.startWindowDays()));
        }
        return List.of();
    }

    private static List<Violation> tutors(StartInternship start, Facts facts) {
        List<Violation> violations = new ArrayList<>();
        if (start.providerTutorId() == null) {
            violations.add(Violation.of("providerTutorId", "internship.providerTutor.missing"));
        } else if (!facts.tutorOfProvider()) {
            violations.add(Violation.of("providerTutorId", "internship.providerTutor.notOfProvider"));
        } else if (facts.tutorOngoing() >= MAX_TRAINEES_PER_TUTOR) {
            violations.add(Violation.of("providerTutorId", "internship.providerTutor.full", facts.tutorOngoing(),
                    MAX_TRAINEES_PER_TUTOR));
        }
        if (start.companyTutorId() != null) {
            if (!facts.companyTutorOfHost()) {
                violations.add(Violation.of("companyTutorId", "internship.companyTutor.unknown"));
            }
        } else if (start.newCompanyTutor() == null || start.newCompanyTutor().name() == null) {
            violations.add(Violation.of("companyTutorName", "internship.companyTutor.missing"));
        }
        return violations;
    }
}
