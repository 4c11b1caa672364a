package it.integra.platform;

import java.util.Objects;

/**
 * Someone read the audit trail of a record (the Storico panel, or its CSV when {@code download}). The
 * modules whose records belong to a person listen, and write the read to the person's access log;
 * platform sits below them and does not know whose a record is.
 */
public record HistoryRead(String entityType, long entityId, CurrentUser user, boolean download) {

    public HistoryRead {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(user, "user");
    }

    /** What was read, as the access log shows it: {@code clearance/42}, or {@code clearance/42.csv}. */
    public String target() {
        return "history/" + entityType + "/" + entityId + (download ? ".csv" : "");
    }
}
