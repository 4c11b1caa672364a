package it.integra.clearance;

import java.time.LocalDate;

/** A clearance as the queue, the lists and the person's pathway show it. */
public record ClearanceView(long id, String code, long callId, String callCode, long providerId, String providerName,
                            long participantId, String participantName, String participantTaxCode, String province,
                            LocalDate requestedOn, ClearanceStatus status, LocalDate decidedOn, String reason,
                            String hostTaxCode, String hostName, String hostAteco, String hostProvince,
                            Integer hostEmployees, LocalDate plannedStart, String conventionRef,
                            LocalDate conventionOn, int startWindowDays, boolean hasInternship) {

    /** The last day on which the internship may start, counted from the grant. */
    public LocalDate startDeadline() {
        return decidedOn == null ? null : decidedOn.plusDays(startWindowDays);
    }
}
