package it.integra.interchange;

import it.integra.platform.AuditTrail;

/**
 * Writes the audit trail of an import: a snapshot of the records the file touches before the
 * upsert, then one entry per record that the upsert created or changed (its version moved).
 *
 * @param entityType the audit entity type, e.g. {@code provider}
 * @param table the audited table, e.g. {@code provider.provider}
 * @param ids a query returning the ids of the table's rows that the staged rows address
 */
public record ImportAudit(String entityType, String table, String ids) {

    /** Call before the upsert. */
    public void snapshot(ImportContext context) {
        context.jdbc().sql("DROP TABLE IF EXISTS audit_before").update();
        context.jdbc().sql("CREATE TEMPORARY TABLE audit_before ON COMMIT DROP AS SELECT t.id, t.version, to_jsonb(t) AS doc "
                + "FROM " + table + " t WHERE t.id IN (" + ids + ")").update();
    }

    /** Call after the upsert. */
    public void record(ImportContext context, AuditTrail audit) {
        audit.recordImport(entityType, "SELECT t.id AS entity_id, b.doc AS before, to_jsonb(t) AS after FROM "
                + table + " t LEFT JOIN audit_before b ON b.id = t.id WHERE t.id IN (" + ids + ") "
                + "AND (b.id IS NULL OR b.version <> t.version)", context.user());
    }
}
