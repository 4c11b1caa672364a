package it.integra.participant;

/** An attachment's content with the name and type it was uploaded with. */
public record StoredDocument(String filename, String contentType, byte[] content, String sha256) {
}
