package it.integra.provider;

import java.util.Objects;

/**
 * A file uploaded with an application, as received. A file larger than the limit need not be read:
 * its {@code content} may then be null, since it will be refused on its {@code size} alone.
 *
 * @param declaredType the content type the browser declared; the stored type is the one the content shows
 */
public record NewAttachment(String filename, String declaredType, long size, byte[] content) {

    /** The largest attachment accepted, 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final long MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** The most documents one application carries. */
    public static final int MAX_FILES = 10;

    public NewAttachment {
        filename = baseName(filename);
        if (content == null && size <= MAX_BYTES) {
            throw new IllegalArgumentException("the content of a file within the limit is needed");
        }
        if (content != null && content.length != size) {
            throw new IllegalArgumentException("size " + size + " but " + content.length + " bytes");
        }
    }

    public static NewAttachment of(String filename, byte[] content) {
        Objects.requireNonNull(content, "content");
        return new NewAttachment(filename, null, content.length, content);
    }

    // browsers on some systems send the whole path; only the name is kept
    private static String baseName(String filename) {
        String name = filename == null ? "" : filename.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_");
        return name.isEmpty() ? "document" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
