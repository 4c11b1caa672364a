/**
 * The demo: with {@code --integra.demo=true} on an empty database, a realistic and deterministic
 * dataset of the three programmes whose reports reproduce the published figures, and one demo user
 * per role. The data go in through the interchange contract, like any authority's data would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"platform", "interchange", "programme", "shared"})
@it.integra.platform.DatabaseSchemas(reads = {"programme"})
package it.integra.demo;
