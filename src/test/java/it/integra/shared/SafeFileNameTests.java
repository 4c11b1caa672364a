package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class SafeFileNameTests {

    @Test
    void keepsLettersAndDigitsAndTakesTheExtensionOfTheTypeTheBytesHave() {
        assertThat(SafeFileName.of("Permesso di soggiorno (copia).jpeg", "image/png")).isEqualTo("Permesso_di_soggiorno_copia.png");
        assertThat(SafeFileName.of("C:\\Users\\op\\fattura.exe", "application/pdf")).isEqualTo("fattura.pdf");
        assertThat(SafeFileName.of("../../etc/passwd", "image/jpeg")).isEqualTo("passwd.jpg");
        assertThat(SafeFileName.of("fattura\u202Efdp.exe", "application/pdf")).isEqualTo("fatturafdp.pdf");
        assertThat(SafeFileName.of("Dichiarazione città.pdf", "application/pdf")).isEqualTo("Dichiarazione_città.pdf");
        assertThat(SafeFileName.of(null, "application/pdf")).isEqualTo("documento.pdf");
        assertThat(SafeFileName.of("x".repeat(200), "image/png")).isEqualTo("x".repeat(80) + ".png");
    }

    @Test
    void refusesATypeThatNoAttachmentMayHave() {
        assertThatThrownBy(() -> SafeFileName.extension("text/html")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesAnAsciiNameAsItIsAndAnyOtherWithItsExactFormInFilenameStar() {
        assertThat(SafeFileName.contentDisposition("fattura.pdf")).isEqualTo("attachment; filename=\"fattura.pdf\"");
        String accented = SafeFileName.contentDisposition("Dichiarazione_città.pdf");

        assertThat(accented).isEqualTo("attachment; filename=\"Dichiarazione_citt_.pdf\"; "
                + "filename*=UTF-8''Dichiarazione_citt%C3%A0.pdf");
        assertThat(ContentDisposition.parse(accented).getFilename()).isEqualTo("Dichiarazione_città.pdf");
    }
}
