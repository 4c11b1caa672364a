/**
 * Interchange: bulk import and export of the datasets of the public interchange contract (CSV).
 *
 * <p>The mechanism lives here; each module describes its own datasets by contributing a
 * {@link it.integra.interchange.Dataset} bean: columns with their cell parsers, row rules, reference
 * checks and the set-based upsert. A file is imported all or nothing, in one transaction: rows are
 * parsed and checked in Java, copied into a temporary staging table with PostgreSQL's COPY, checked
 * against the database in SQL, and upserted with one statement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange",
        allowedDependencies = {"platform", "shared"})
@it.integra.platform.DatabaseSchemas(owns = "interchange")
package it.integra.interchange;
