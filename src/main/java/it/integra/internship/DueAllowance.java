package it.integra.internship;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A month whose allowance is due to the trainee: the attended hours reached the call's threshold of
 * the planned ones. {@code amount} is the call's monthly allowance, paid in full.
 *
 * @param month the key of the internship month (see {@link AttendanceMonth})
 */
public record DueAllowance(long internshipId, String internshipCode, long callId, long providerId, long participantId,
                           LocalDate month, BigDecimal plannedHours, BigDecimal attendedHours, BigDecimal amount) {
}
