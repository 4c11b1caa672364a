package it.integra.participant.web;

import it.integra.participant.StoredDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored or generated file as a download, under the safe name it is stored with and the type read
 * from its bytes. The name goes out as RFC 6266 says: an ASCII {@code filename} for old clients and,
 * when the name has other characters, the exact one in {@code filename*} (UTF-8, percent-encoded).
 * {@code nosniff} keeps browsers from second-guessing the type.
 */
final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(StoredDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", document.sha256())
                .body(document.content());
    }

    /** {@code attachment; filename="..."} and, for a name that is not plain ASCII, {@code filename*=UTF-8''...}. */
    static String attachment(String name) {
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
