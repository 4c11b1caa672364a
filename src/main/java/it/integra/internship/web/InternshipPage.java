package it.integra.internship.web;

import it.integra.internship.AttendanceMonth;
import it.integra.internship.AttendanceRegister;
import it.integra.internship.InternshipNotFoundException;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipStatus;
import it.integra.internship.InternshipView;
import it.integra.internship.SuspensionCause;
import it.integra.internship.TerminationReason;
import it.integra.internship.web.ActionForms.AttendanceForm;
import it.integra.internship.web.ActionForms.CompetencesForm;
import it.integra.internship.web.ActionForms.SuspensionForm;
import it.integra.internship.web.ActionForms.TerminationForm;
import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantAccessLog;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of an internship's page, for its own view and for the actions that show it again
 * with a refused form. Forms already in the model (kept as typed) are left alone.
 */
@Component
class InternshipPage {

    static final String VIEW = "internship/detail";

    private final InternshipQueries queries;
    private final AttendanceRegister attendance;
    private final CallManagement calls;
    private final Clock clock;
    private final ParticipantAccessLog accessLog;

    InternshipPage(InternshipQueries queries, AttendanceRegister attendance, CallManagement calls, Clock clock,
                   ParticipantAccessLog accessLog) {
        this.queries = queries;
        this.attendance = attendance;
        this.calls = calls;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    InternshipView visible(long id, CurrentUser user) {
        return queries.find(id, user).orElseThrow(() -> new InternshipNotFoundException(id));
    }

    /** Shows the page, a read of the trainee's data for the access log. */
    String show(long id, CurrentUser user, Model model) {
        InternshipView internship = visible(id, user);
        accessLog.read(internship.participantId(), user, AccessAction.INTERNSHIP, "internship/" + id);
        CallDetails call = calls.find(internship.callId()).orElseThrow();
        List<AttendanceMonth> months = attendance.months(internship);
        LocalDate today = LocalDate.now(clock);
        boolean provider = user.providerScope().map(p -> p == internship.providerId()).orElse(false);
        boolean changer = provider || user.is(Role.ADMIN) || user.is(Role.OFFICER);
        model.addAttribute("internship", internship);
        model.addAttribute("months", months);
        List<AttendanceMonth> openMonths = months.stream().filter(m -> !m.from().isAfter(today)).toList();
        model.addAttribute("openMonths", openMonths);
        model.addAttribute("dueTotal", months.stream().filter(AttendanceMonth::allowanceDue)
                .map(AttendanceMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("monthlyAllowance", call.monthlyAllowance());
        model.addAttribute("thresholdPercent", call.attendanceThreshold().movePointRight(2).stripTrailingZeros()
                .toPlainString());
        model.addAttribute("suspensions", queries.suspensions(internship));
        model.addAttribute("enterAttendance", provider);
        model.addAttribute("change", changer);
        model.addAttribute("ongoing", internship.status() == InternshipStatus.ONGOING);
        model.addAttribute("completable", !today.isBefore(internship.plannedEndDate()));
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("causes", SuspensionCause.values());
        model.addAttribute("reasons", TerminationReason.values());
        addIfMissing(model, "attendanceForm", firstToEnter(openMonths));
        addIfMissing(model, "suspensionForm", new SuspensionForm());
        addIfMissing(model, "terminationForm", new TerminationForm());
        CompetencesForm competences = new CompetencesForm();
        competences.setCompetences(internship.competences());
        addIfMissing(model, "competencesForm", competences);
        return VIEW;
    }

    /** The form offers the first month still to enter, or the latest one to correct. */
    private static AttendanceForm firstToEnter(List<AttendanceMonth> openMonths) {
        AttendanceForm form = new AttendanceForm();
        openMonths.stream().filter(m -> !m.recorded()).findFirst()
                .or(() -> openMonths.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(openMonths.get(openMonths.size() - 1)))
                .ifPresent(m -> form.setMonth(m.month()));
        return form;
    }

    private static void addIfMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
