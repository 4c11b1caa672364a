/** Clearances (nulla osta): providers' requests for a person's internship and the authority's decisions. */
@org.springframework.modulith.ApplicationModule(displayName = "Clearances")
package it.integra.clearance;
