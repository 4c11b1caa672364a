/** Monitoring: the authority's reports and dashboards. It reads every other module; none reads it. */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {"platform", "interchange", "programme", "provider", "participant", "clearance", "internship", "accounting", "outcome", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "monitoring",
        reads = {"accounting", "clearance", "internship", "outcome", "participant", "programme", "provider"})
package it.integra.monitoring;
