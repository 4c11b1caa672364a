package it.integra.internship.web;

import it.integra.internship.RecordAttendance;
import it.integra.internship.SuspendInternship;
import it.integra.internship.SuspensionCause;
import it.integra.internship.TerminateInternship;
import it.integra.internship.TerminationReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of an internship's page, each kept as typed when refused. */
final class ActionForms {

    private ActionForms() {
    }

    /** One month of the attendance register. */
    public static class AttendanceForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate month;
        private BigDecimal plannedHours;
        private BigDecimal attendedHours;

        RecordAttendance toCommand(long internshipId) {
            return new RecordAttendance(internshipId, month, plannedHours, attendedHours);
        }

        public LocalDate getMonth() { return month; }
        public void setMonth(LocalDate month) { this.month = month; }
        public BigDecimal getPlannedHours() { return plannedHours; }
        public void setPlannedHours(BigDecimal plannedHours) { this.plannedHours = plannedHours; }
        public BigDecimal getAttendedHours() { return attendedHours; }
        public void setAttendedHours(BigDecimal attendedHours) { this.attendedHours = attendedHours; }
    }

    public static class SuspensionForm {
        private SuspensionCause cause;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private String note;

        SuspendInternship toCommand(long internshipId) {
            return new SuspendInternship(internshipId, cause, from, to, note);
        }

        public SuspensionCause getCause() { return cause; }
        public void setCause(SuspensionCause cause) { this.cause = cause; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class TerminationForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        private TerminationReason reason;
        private String note;

        TerminateInternship toCommand(long internshipId) {
            return new TerminateInternship(internshipId, endDate, reason, note);
        }

        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
        public TerminationReason getReason() { return reason; }
        public void setReason(TerminationReason reason) { this.reason = reason; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** The competences attested at the end, also typed when completing. */
    public static class CompetencesForm {
        private String competences;

        public String getCompetences() { return competences; }
        public void setCompetences(String competences) { this.competences = competences; }
    }
}
