package it.integra.internship;

import it.integra.internship.InternshipEvents.AttendanceRecorded;
import it.integra.internship.internal.AttendancePolicy;
import it.integra.internship.internal.AttendanceStore;
import it.integra.internship.internal.InternshipStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly attendance register of an internship: the provider enters the planned and attended
 * hours of each month of internship that has begun, also after the end; a month's allowance is due
 * when attendance reaches the call's threshold. Entries and corrections are audited.
 */
@Service
@Transactional
public class AttendanceRegister {

    private final InternshipStore internships;
    private final AttendanceStore attendance;
    private final CallManagement calls;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceRegister(InternshipStore internships, AttendanceStore attendance, CallManagement calls, AuditTrail audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.internships = internships;
        this.attendance = attendance;
        this.calls = calls;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every month of the internship up to its last day, with the hours entered and whether the allowance is due. */
    @Transactional(readOnly = true)
    public List<AttendanceMonth> months(InternshipView internship) {
        CallDetails call = calls.find(internship.callId()).orElseThrow();
        Map<LocalDate, AttendanceStore.Row> rows = attendance.of(internship.id());
        return AttendancePolicy.periods(internship.startDate(), internship.lastDay()).stream().map(period -> {
            AttendanceStore.Row row = rows.get(period.month());
            boolean due = row != null && AttendancePolicy.allowanceDue(row.plannedHours(), row.attendedHours(),
                    call.attendanceThreshold());
            return new AttendanceMonth(period.number(), period.month(), period.from(), period.to(),
                    row == null ? null : row.plannedHours(), row == null ? null : row.attendedHours(), due,
                    call.monthlyAllowance());
        }).toList();
    }

    public AttendanceMonth record(RecordAttendance entry, CurrentUser user) {
        InternshipView internship = internships.lock(entry.internshipId())
                .filter(found -> InternshipAccess.visible(found, user))
                .orElseThrow(() -> new InternshipNotFoundException(entry.internshipId()));
        InternshipAccess.requireProvider(internship, user);
        List<AttendancePolicy.Period> periods = AttendancePolicy.periods(internship.startDate(), internship.lastDay());
        ViolationException.throwIfAny(AttendancePolicy.check(entry, periods, LocalDate.now(clock)));
        String before = attendance.json(internship.id(), entry.month());
        attendance.save(entry, user.id());
        AttendanceMonth month = months(internship).stream().filter(m -> m.month().equals(entry.month()))
                .findFirst().orElseThrow();
        audit.record(InternshipManagement.AUDIT_TYPE, internship.id(), "ATTENDANCE", user, before,
                attendance.json(internship.id(), entry.month()), null);
        events.publishEvent(new AttendanceRecorded(internship.id(), entry.month(), month.allowanceDue()));
        return month;
    }
}
