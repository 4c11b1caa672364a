package it.integra.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name an attachment is stored and served under, whatever it was uploaded as: the letters and
 * digits of the uploaded name (accented ones kept) joined by {@code _}, without its own extension, and
 * the extension of the type its bytes have, so the name can never claim another type than what the
 * file is; and the {@code Content-Disposition} that serves it (RFC 6266).
 */
public final class SafeFileName {

    private static final int BASE_LENGTH = 80;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private SafeFileName() {
    }

    /** The safe name for a file uploaded as {@code uploadedName} whose bytes are of {@code contentType}. */
    public static String of(String uploadedName, String contentType) {
        String base = Normalizer.normalize(uploadedName == null ? "" : uploadedName, Normalizer.Form.NFC);
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("\\p{Cf}", "").replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("^[_-]+|[_-]+$", "");
        if (base.length() > BASE_LENGTH) {
            base = base.substring(0, BASE_LENGTH);
        }
        return (base.isEmpty() ? "documento" : base) + "." + extension(contentType);
    }

    /** The file extension of a type an attachment may have: PDF, JPEG or PNG. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> throw new IllegalArgumentException("not an attachment type: " + contentType);
        };
    }

    /**
     * {@code attachment; filename="..."} with an ASCII fallback for old clients and, for a name that is
     * not plain ASCII, the exact name in {@code filename*=UTF-8''...} (percent-encoded, RFC 5987).
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String header = "attachment; filename=\"" + ascii + "\"";
        return ascii.toString().equals(name) ? header : header + "; filename*=UTF-8''" + rfc5987(name);
    }

    private static String rfc5987(String name) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.write(c);
            } else {
                encoded.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return encoded.toString(StandardCharsets.US_ASCII);
    }
}
