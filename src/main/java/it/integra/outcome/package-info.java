/** Outcomes: employment contracts from the mandatory communications, and who had a job after the internship. */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes",
        allowedDependencies = {"platform", "interchange", "programme", "participant", "clearance", "internship", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "outcome",
        reads = {"clearance", "internship", "participant", "programme"})
package it.integra.outcome;
