/**
 * Programmes and calls: the built-in programmes (INSIDE, PERCORSI, PUOI) with their intervention
 * models and endowments, and the calls (avvisi) that copy a programme's model when created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes and calls",
        allowedDependencies = {"platform", "interchange", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "programme")
package it.integra.programme;
