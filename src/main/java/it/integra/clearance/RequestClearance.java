package it.integra.clearance;

import java.time.LocalDate;

/**
 * A provider asks for a person's clearance in a call.
 *
 * @param province the province of the pathway (its territory in the reports)
 * @param conventionRef the reference of the agreement (convenzione) between provider and host
 */
public record RequestClearance(long participantId, String callCode, String province, LocalDate plannedStart,
                               HostData host, String conventionRef, LocalDate conventionOn) {
}
