/**
 * Participants: the people the programmes are for, one record per person whatever provider registers
 * them, with their legal status, profile at intake and the intake itself.
 *
 * <p>Its SQL reads {@code clearance.clearance} against the dependency direction, on purpose: who may see
 * a person (the providers and regions that asked a clearance for them), the list's pathway status and
 * whether a record may be erased all depend on the person's clearances, and they are filtered in the
 * same query as the list so that a page never loads people it may not show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants",
        allowedDependencies = {"platform", "interchange", "programme", "provider", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "participant",
        reads = {"programme", "provider"},
        readsAgainstDirection = {"clearance"})
package it.integra.participant;
