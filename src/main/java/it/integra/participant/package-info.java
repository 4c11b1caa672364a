/**
 * Participants: the people the programmes are for, one record per person whatever provider registers
 * them, with their legal status, profile at intake and the intake itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants")
package it.integra.participant;
