package it.integra.participant.web;

import it.integra.participant.StoredDocument;
import it.integra.shared.SafeFileName;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored or generated file as a download, under the safe name it is stored with and the type read
 * from its bytes ({@link SafeFileName#contentDisposition}); {@code nosniff} keeps browsers from
 * second-guessing the type.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(StoredDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(document.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", document.sha256())
                .body(document.content());
    }
}
