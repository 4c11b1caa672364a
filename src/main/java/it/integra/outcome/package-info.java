/** Outcomes: employment contracts from the mandatory communications, and who had a job after the internship. */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package it.integra.outcome;
