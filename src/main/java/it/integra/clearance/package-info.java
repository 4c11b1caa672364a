/** Clearances (nulla osta): providers' requests for a person's internship and the authority's decisions.
 *
 * <p>Its SQL reads {@code internship.internship} against the dependency direction, on purpose: whether
 * a granted clearance has been used by an internship decides the clearance's state shown in its lists
 * (waiting for a start, expiring) and its export, and asking the internship module through an API per
 * row would turn one query over a national list into one call per clearance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearances",
        allowedDependencies = {"platform", "interchange", "programme", "provider", "participant", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "clearance",
        reads = {"participant", "programme", "provider"},
        readsAgainstDirection = {"internship"})
package it.integra.clearance;
