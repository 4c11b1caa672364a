package it.integra.internship;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider starts the internship of a granted clearance.
 *
 * @param host the host's data, which also update the host registry
 * @param providerTutorId the provider's operator who tutors the trainee
 * @param companyTutorId one of the host's company tutors, or null to add {@code newCompanyTutor}
 * @param conventionAttached the agreement (convenzione) between provider and host is on file
 * @param pfiAttached the individual training plan (PFI) is on file
 */
public record StartInternship(long clearanceId, SaveHost host, Long providerTutorId, Long companyTutorId,
                              NewCompanyTutor newCompanyTutor, LocalDate startDate, BigDecimal weeklyHours,
                              boolean conventionAttached, boolean pfiAttached) {
}
