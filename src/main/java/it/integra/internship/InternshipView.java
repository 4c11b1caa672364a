package it.integra.internship;

import it.integra.shared.Ateco;
import it.integra.shared.AtecoEdition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An internship as its page and the lists show it: the pathway it belongs to, the host as it was at
 * the start, the tutors, the dates and how it ended. Imported internships have no tutors, weekly hours
 * or documents.
 */
public record InternshipView(long id, String code, long clearanceId, String clearanceCode, long callId, String callCode,
                             long providerId, String providerName, long participantId, String participantName,
                             String participantTaxCode, long hostId, String hostTaxCode, String hostName,
                             String hostAteco, AtecoEdition hostAtecoEdition, String hostProvince, LocalDate startDate, LocalDate plannedEndDate,
                             InternshipStatus status, LocalDate endDate, String terminationReason,
                             Long providerTutorId, String providerTutorName, CompanyTutor companyTutor,
                             BigDecimal weeklyHours, boolean conventionAttached, boolean pfiAttached,
                             String competences, int version) {

    public Optional<Ateco.Section> hostSection() {
        return HostDetails.sectionOf(hostAtecoEdition, hostAteco);
    }

    /** The coded reason of an early end; empty for ongoing or completed ones and for imported free text. */
    public Optional<TerminationReason> terminationCode() {
        return TerminationReason.codeOf(terminationReason);
    }

    /** The free text of an early end: the note after the code, or the imported text as it is. */
    public String terminationNote() {
        return TerminationReason.noteOf(terminationReason);
    }

    /** The last day of the internship: the end date once ended, the planned end while ongoing. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : plannedEndDate;
    }

    public boolean hasCompetences() {
        return competences != null && !competences.isBlank();
    }
}
