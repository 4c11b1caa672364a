package it.integra.accounting;

/** A document to download: the name to save it under and its bytes. */
public record Download(String fileName, byte[] content) {
}
