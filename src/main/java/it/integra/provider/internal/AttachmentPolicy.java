package it.integra.provider.internal;

import it.integra.platform.Violation;
import it.integra.provider.NewAttachment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which files an application may carry: PDF, JPEG or PNG documents of at most 10 MB, at most
 * {@value #MAX_FILES} of them. The type is read from the content's first bytes, not from the name
 * or from what the browser declared, so a renamed executable is not stored as a PDF.
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = NewAttachment.MAX_FILES;
    public static final long MAX_MEGABYTES = NewAttachment.MAX_MEGABYTES;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private AttachmentPolicy() {
    }

    public static List<Violation> check(List<NewAttachment> files) {
        List<Violation> violations = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            violations.add(Violation.of("files", "providers.attachment.error.tooMany", MAX_FILES));
        }
        for (NewAttachment file : files) {
            if (file.size() > NewAttachment.MAX_BYTES) {
                violations.add(Violation.of("files", "providers.attachment.error.size", file.filename(), MAX_MEGABYTES));
            } else if (file.size() == 0) {
                violations.add(Violation.of("files", "providers.attachment.error.empty", file.filename()));
            } else if (contentType(file.content()).isEmpty()) {
                violations.add(Violation.of("files", "providers.attachment.error.type", file.filename()));
            }
        }
        return violations;
    }

    /** The type the content shows by its signature: application/pdf, image/jpeg or image/png. */
    public static Optional<String> contentType(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The SHA-256 checksum of the content, in lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
