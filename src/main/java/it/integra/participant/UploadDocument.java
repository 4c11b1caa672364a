package it.integra.participant;

/**
 * An attachment as uploaded: its kind, the original file name, the type the browser declared, the
 * bytes and the size. A file larger than {@link #MAX_BYTES} need not be read whole: {@code content}
 * may hold its beginning only, {@code size} says how large it is.
 */
public record UploadDocument(DocumentKind kind, String filename, String declaredContentType, byte[] content, long size) {

    /** 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public UploadDocument {
        content = content == null ? new byte[0] : content;
    }

    public UploadDocument(DocumentKind kind, String filename, String declaredContentType, byte[] content) {
        this(kind, filename, declaredContentType, content, content == null ? 0 : content.length);
    }

    public boolean tooLarge() {
        return size > MAX_BYTES;
    }
}
