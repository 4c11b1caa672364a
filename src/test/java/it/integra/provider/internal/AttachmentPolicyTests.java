package it.integra.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Violation;
import it.integra.provider.NewAttachment;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void acceptsPdfJpegAndPngByTheirContent() {
        List<NewAttachment> files = List.of(NewAttachment.of("accreditamento.pdf", PDF),
                NewAttachment.of("foto.jpg", JPEG), NewAttachment.of("logo.png", PNG));

        assertThat(AttachmentPolicy.check(files)).isEmpty();
        assertThat(AttachmentPolicy.contentType(PDF)).contains("application/pdf");
        assertThat(AttachmentPolicy.contentType(JPEG)).contains("image/jpeg");
        assertThat(AttachmentPolicy.contentType(PNG)).contains("image/png");
    }

    @Test
    void refusesOtherTypesWhateverTheirNameSays() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] text = "%PD solo testo".getBytes(StandardCharsets.UTF_8);

        assertThat(AttachmentPolicy.check(List.of(NewAttachment.of("programma.pdf", executable), NewAttachment.of("nota.txt", text))))
                .containsExactly(Violation.of("files", "providers.attachment.error.type", "programma.pdf"),
                        Violation.of("files", "providers.attachment.error.type", "nota.txt"));
    }

    @Test
    void acceptsTenMegabytesAndRefusesOneByteMoreWithoutReadingIt() {
        byte[] tenMegabytes = new byte[(int) NewAttachment.MAX_BYTES];
        System.arraycopy(PDF, 0, tenMegabytes, 0, PDF.length);
        NewAttachment tooLarge = new NewAttachment("grande.pdf", "application/pdf", NewAttachment.MAX_BYTES + 1, null);

        assertThat(AttachmentPolicy.check(List.of(NewAttachment.of("limite.pdf", tenMegabytes)))).isEmpty();
        assertThat(AttachmentPolicy.check(List.of(tooLarge)))
                .containsExactly(Violation.of("files", "providers.attachment.error.size", "grande.pdf", 10L));
    }

    @Test
    void refusesAnEmptyFileAndMoreThanTenFiles() {
        List<NewAttachment> eleven = Collections.nCopies(11, NewAttachment.of("a.pdf", PDF));

        assertThat(AttachmentPolicy.check(List.of(NewAttachment.of("vuoto.pdf", new byte[0]))))
                .containsExactly(Violation.of("files", "providers.attachment.error.empty", "vuoto.pdf"));
        assertThat(AttachmentPolicy.check(eleven)).containsExactly(Violation.of("files", "providers.attachment.error.tooMany", 10));
    }

    @Test
    void computesTheSha256OfTheContent() {
        assertThat(AttachmentPolicy.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AttachmentPolicy.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void keepsOnlyTheFileNameOfAPathAndNeverAnEmptyOne() {
        assertThat(NewAttachment.of("C:\\Documenti\\visura.pdf", PDF).filename()).isEqualTo("visura.pdf");
        assertThat(NewAttachment.of("/home/ente/statuto.pdf", PDF).filename()).isEqualTo("statuto.pdf");
        assertThat(NewAttachment.of("  ", PDF).filename()).isEqualTo("document");
        assertThat(NewAttachment.of("a\"b\n.pdf", PDF).filename()).isEqualTo("a_b_.pdf");
    }
}
