package it.integra.provider;

/** A document attached to an application, without its content. */
public record AttachmentSummary(long id, String filename, String contentType, long sizeBytes, String sha256) {
}
