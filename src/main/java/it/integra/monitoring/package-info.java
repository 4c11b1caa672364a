/** Monitoring: the authority's reports and dashboards. It reads every other module; none reads it. */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package it.integra.monitoring;
