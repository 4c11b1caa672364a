package it.integra.participant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.participant.DocumentKind;
import it.integra.participant.UploadDocument;
import it.integra.platform.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTests {

    private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};

    private static List<String> codes(UploadDocument upload) {
        return AttachmentPolicy.check(upload).stream().map(Violation::code).toList();
    }

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertThat(AttachmentPolicy.contentType(PDF)).contains("application/pdf");
        assertThat(AttachmentPolicy.contentType(JPEG)).contains("image/jpeg");
        assertThat(AttachmentPolicy.contentType(PNG)).contains("image/png");
        assertThat(AttachmentPolicy.contentType("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentPolicy.contentType(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void theNameOrTheDeclaredTypeDoNotMakeAFileAcceptable() {
        assertThat(codes(new UploadDocument(DocumentKind.DID_RECEIPT, "ricevuta.pdf", "application/pdf",
                "<html>".getBytes(StandardCharsets.US_ASCII)))).containsExactly("participant.document.type");
        assertThat(codes(new UploadDocument(DocumentKind.DID_RECEIPT, "ricevuta.txt", "text/plain", PDF))).isEmpty();
    }

    @Test
    void tenMegabytesAreAllowedAndOneByteMoreIsNot() {
        byte[] exactly = Arrays.copyOf(PNG, (int) UploadDocument.MAX_BYTES);
        assertThat(codes(new UploadDocument(DocumentKind.RESIDENCE_PERMIT, "p.png", "image/png", exactly))).isEmpty();
        assertThat(codes(new UploadDocument(DocumentKind.RESIDENCE_PERMIT, "p.png", "image/png", exactly,
                UploadDocument.MAX_BYTES + 1))).containsExactly("participant.document.tooLarge");
    }

    @Test
    void anEmptyFileOrAMissingKindIsRefused() {
        assertThat(codes(new UploadDocument(null, "x.pdf", "application/pdf", new byte[0])))
                .containsExactly("participant.required", "participant.document.empty");
    }

    @Test
    void keepsTheOriginalNameWithoutFoldersOrControlCharacters() {
        assertThat(AttachmentPolicy.filename("C:\\Users\\op\\Permesso di soggiorno.jpg")).isEqualTo("Permesso di soggiorno.jpg");
        assertThat(AttachmentPolicy.filename("../../etc/\"passwd\"\u0000.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentPolicy.filename("  ")).isEqualTo("documento");
        assertThat(AttachmentPolicy.filename("fattura\u202Efdp.exe")).isEqualTo("fatturafdp.exe");
    }

    @Test
    void theSafeNameKeepsLettersAndDigitsAndTakesTheExtensionOfTheDetectedType() {
        assertThat(AttachmentPolicy.safeName("Permesso di soggiorno (copia).jpeg", AttachmentPolicy.PNG))
                .isEqualTo("Permesso_di_soggiorno_copia.png");
        assertThat(AttachmentPolicy.safeName("Ricevuta DID già firmata.pdf", AttachmentPolicy.PDF))
                .isEqualTo("Ricevuta_DID_già_firmata.pdf");
        assertThat(AttachmentPolicy.safeName("script.html", AttachmentPolicy.JPEG)).isEqualTo("script.jpg");
        assertThat(AttachmentPolicy.safeName("\"; filename=evil.html", AttachmentPolicy.PDF)).isEqualTo("filename_evil.pdf");
        assertThat(AttachmentPolicy.safeName("....", AttachmentPolicy.PDF)).isEqualTo("documento.pdf");
        assertThat(AttachmentPolicy.safeName("x".repeat(300) + ".pdf", AttachmentPolicy.PDF)).isEqualTo("x".repeat(80) + ".pdf");
    }
}
