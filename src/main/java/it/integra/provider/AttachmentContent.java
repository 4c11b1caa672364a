package it.integra.provider;

import java.util.Objects;

/** A document attached to an application, to be downloaded under its original name. */
public record AttachmentContent(String filename, String contentType, byte[] content) {

    public AttachmentContent {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
