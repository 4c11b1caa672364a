package it.integra.participant;

/** An attachment as uploaded: its kind, the original file name, the type the browser declared, the bytes. */
public record UploadDocument(DocumentKind kind, String filename, String declaredContentType, byte[] content) {

    public UploadDocument {
        content = content == null ? new byte[0] : content;
    }
}
