/**
 * Providers (enti promotori): the registry of the organisations that take people in charge and
 * promote internships, their operators and their applications to calls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers",
        allowedDependencies = {"platform", "interchange", "programme", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "provider",
        reads = {"platform", "programme"})
package it.integra.provider;
