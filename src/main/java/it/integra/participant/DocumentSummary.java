package it.integra.participant;

import java.time.OffsetDateTime;

/** An attachment as listed on the person's page. */
public record DocumentSummary(long id, DocumentKind kind, String filename, String contentType, long sizeBytes,
                              String sha256, String uploadedByName, OffsetDateTime uploadedAt) {
}
