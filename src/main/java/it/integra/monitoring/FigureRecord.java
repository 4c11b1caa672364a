package it.integra.monitoring;

import java.time.LocalDate;

/**
 * One record behind a figure. A pathway record is one clearance (and its internship, if any); a
 * provider record gathers the provider's counted applications or clearances, a participant record
 * the participant's counted pathways (calls, provinces and statuses joined, dates the earliest and
 * latest). The participant's name is null for readers who see codes only.
 *
 * @param submittedOrRequestedOn the application's submission or the clearance's request date (earliest)
 * @param records how many applications or pathways the record stands for
 */
public record FigureRecord(Long providerId, String provider, Long participantId, String participantCode,
                           String participantName, String calls, String provinces, LocalDate submittedOrRequestedOn,
                           LocalDate decidedOn, LocalDate startDate, LocalDate endDate, String status,
                           String internshipStatus, Long clearanceId, String clearanceCode, Long internshipId,
                           String internshipCode, long records) {
}
