package it.integra.participant.internal;

import it.integra.participant.UploadDocument;
import it.integra.platform.Violation;
import it.integra.shared.SafeFileName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which files may be attached: PDF, JPEG or PNG of at most 10 MB. The type is read from the file's
 * first bytes, not from its name or from what the browser declared.
 */
public final class AttachmentPolicy {

    public static final long MAX_BYTES = UploadDocument.MAX_BYTES;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int NAME_LENGTH = 255;

    private AttachmentPolicy() {
    }

    public static List<Violation> check(UploadDocument upload) {
        List<Violation> violations = new ArrayList<>();
        if (upload.kind() == null) {
            violations.add(Violation.of("kind", "participant.required"));
        }
        byte[] content = upload.content();
        if (upload.size() == 0) {
            violations.add(Violation.of("file", "participant.document.empty"));
        } else if (upload.tooLarge()) {
            violations.add(Violation.of("file", "participant.document.tooLarge", MAX_BYTES / (1024 * 1024),
                    megabytes(upload.size())));
        } else if (contentType(content).isEmpty()) {
            violations.add(Violation.of("file", "participant.document.type", filename(upload.filename())));
        }
        return violations;
    }

    /** The type the bytes have, when it is one of those allowed. */
    public static Optional<String> contentType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(content, PNG_MAGIC) ? Optional.of(PNG) : Optional.empty();
    }

    /**
     * The original name as display text only: without the folders some browsers send, without control
     * or invisible formatting characters (a right-to-left override can make {@code x.exe} read as a PDF).
     */
    public static String filename(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty()) {
            name = "documento";
        }
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }

    /** The name a document is stored and served under: see {@link SafeFileName}. */
    public static String safeName(String displayName, String contentType) {
        return SafeFileName.of(filename(displayName), contentType);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
