package it.integra.internship;

import it.integra.internship.InternshipEvents.InternshipCompleted;
import it.integra.internship.InternshipEvents.InternshipSuspended;
import it.integra.internship.InternshipEvents.InternshipTerminated;
import it.integra.internship.internal.AttendancePolicy;
import it.integra.internship.internal.AttendanceStore;
import it.integra.internship.internal.Dates;
import it.integra.internship.internal.EndPolicy;
import it.integra.internship.internal.InternshipStore;
import it.integra.internship.internal.SuspensionPolicy;
import it.integra.internship.internal.SuspensionStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Lifecycles;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a started internship: suspensions that move its planned end, completion at the planned
 * end, an early end with its reason, and the competences attested at the end. Each change takes the
 * internship's lock, is audited, and publishes its event.
 */
@Service
@Transactional
public class InternshipLifecycle {

    private final InternshipStore internships;
    private final SuspensionStore suspensions;
    private final AttendanceStore attendance;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InternshipLifecycle(InternshipStore internships, SuspensionStore suspensions, AttendanceStore attendance,
                        AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.internships = internships;
        this.suspensions = suspensions;
        this.attendance = attendance;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Completes the internship on its planned end, once that day has come. */
    public InternshipView complete(long id, String competences, CurrentUser user) {
        InternshipView internship = changeable(id, user, InternshipStatus.COMPLETED);
        ViolationException.throwIfAny(EndPolicy.checkCompletion(internship, today()));
        String text = competences == null || competences.isBlank() ? null : competences.strip();
        if (text != null) {
            ViolationException.throwIfAny(EndPolicy.checkCompetences(text));
        }
        String before = internships.json(id);
        internships.end(internship, InternshipStatus.COMPLETED, internship.plannedEndDate(), null, text);
        audit.record(InternshipManagement.AUDIT_TYPE, id, "COMPLETE", user, before, internships.json(id), null);
        events.publishEvent(new InternshipCompleted(id, internship.clearanceId(), internship.callId(),
                internship.hostId(), internship.plannedEndDate()));
        return internships.find(id).orElseThrow();
    }

    public InternshipView terminate(TerminateInternship terminate, CurrentUser user) {
        InternshipView internship = changeable(terminate.internshipId(), user, InternshipStatus.TERMINATED);
        LocalDate lastRecorded = attendance.of(internship.id()).keySet().stream().max(LocalDate::compareTo)
                .flatMap(month -> AttendancePolicy.period(AttendancePolicy.periods(internship.startDate(),
                        internship.plannedEndDate()), month))
                .map(AttendancePolicy.Period::from).orElse(null);
        ViolationException.throwIfAny(EndPolicy.checkTermination(terminate, internship, lastRecorded, today()));
        String reason = terminate.reason().toText(terminate.note());
        String before = internships.json(internship.id());
        internships.end(internship, InternshipStatus.TERMINATED, terminate.endDate(), reason, null);
        audit.record(InternshipManagement.AUDIT_TYPE, internship.id(), "TERMINATE", user, before,
                internships.json(internship.id()), reason);
        events.publishEvent(new InternshipTerminated(internship.id(), internship.clearanceId(), internship.callId(),
                internship.hostId(), terminate.endDate(), terminate.reason(), terminate.note()));
        return internships.find(internship.id()).orElseThrow();
    }

    /** Records a suspension and moves the planned end by its days. */
    public InternshipView suspend(SuspendInternship suspend, CurrentUser user) {
        InternshipView internship = changeable(suspend.internshipId(), user, null);
        if (internship.status().isEnded()) {
            throw audit.changedMeanwhile(InternshipManagement.AUDIT_TYPE, internship.id());
        }
        if (internship.status() != InternshipStatus.ONGOING) {
            throw new ViolationException(List.of(Violation.of("", "internship.suspension.notOngoing")));
        }
        ViolationException.throwIfAny(SuspensionPolicy.check(suspend, internship, suspensions.of(internship.id())));
        int days = Suspension.daysBetween(suspend.from(), suspend.to());
        LocalDate plannedEnd = internship.plannedEndDate().plusDays(days);
        String before = internships.json(internship.id());
        suspensions.insert(suspend, user.id());
        internships.movePlannedEnd(internship.id(), plannedEnd);
        audit.record(InternshipManagement.AUDIT_TYPE, internship.id(), "SUSPEND", user, before,
                internships.json(internship.id()), suspend.cause().name() + " " + Dates.format(suspend.from()) + " - "
                        + Dates.format(suspend.to()) + (suspend.note() == null ? "" : ": " + suspend.note()));
        events.publishEvent(new InternshipSuspended(internship.id(), days, plannedEnd));
        return internships.find(internship.id()).orElseThrow();
    }

    /** The competences the trainee acquired, for the final attestation; once the internship has ended. */
    public InternshipView recordCompetences(long id, String competences, CurrentUser user) {
        InternshipView internship = changeable(id, user, null);
        if (!internship.status().isEnded()) {
            throw new ViolationException(List.of(Violation.of("competences", "internship.competences.notEnded")));
        }
        ViolationException.throwIfAny(EndPolicy.checkCompetences(competences));
        String before = internships.json(id);
        internships.saveCompetences(id, competences.strip());
        audit.record(InternshipManagement.AUDIT_TYPE, id, "COMPETENCES", user, before, internships.json(id), null);
        return internships.find(id).orElseThrow();
    }

    /** The internship, locked, if the user may change it and, when {@code next} is given, it may move there. */
    private InternshipView changeable(long id, CurrentUser user, InternshipStatus next) {
        InternshipView internship = internships.lock(id)
                .filter(found -> InternshipAccess.visible(found, user))
                .orElseThrow(() -> new InternshipNotFoundException(id));
        InternshipAccess.requireChanger(internship, user);
        if (next != null && Lifecycles.movedPast(internship.status(), next, InternshipStatus::canBecome)) {
            throw audit.changedMeanwhile(InternshipManagement.AUDIT_TYPE, id);
        }
        if (next != null && !internship.status().canBecome(next)) {
            throw new ViolationException(List.of(Violation.of("", "internship.transition.refused",
                    internship.status(), next)));
        }
        return internship;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
