package it.integra.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.MalformedFileException;
import it.integra.interchange.RowError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UnilavFormatTests {

    record Read(Map<String, String> cells, String location) {
    }

    private final UnilavFormat format = new UnilavFormat();

    @Test
    void readsEveryHireOfTheSampleAndPassesOverTheTermination() throws IOException {
        List<Read> records = read(resource("comunicazioni.xml"), "comunicazioni.xml");

        assertThat(records).extracting(r -> r.cells().get("communication_id"))
                .containsExactly("UL-2020-0000001", "UL-2021-0000002", "UL-2021-0000003", "UL-2021-0000005",
                        "UL-2021-0000006");
        assertThat(records.get(0).cells()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "communication_id", "UL-2020-0000001", "employer_tax_code", "47631830305", "ateco", "81.21",
                "province", "MI", "worker_tax_code", "KNOSML00A06Z368R", "start_date", "2020-03-02",
                "contract_type", "A.01.00"));
        assertThat(records.get(1).cells()).containsEntry("end_date", "2021-07-10").containsEntry("province", "vb");
        assertThat(records.get(4).cells()).containsEntry("contract_type", "B.03.00").containsEntry("province", "CE");
        assertThat(records.get(0).location()).isEqualTo("comunicazioni.xml:8:11");
    }

    @Test
    void refusesABrokenFileWithTheLineAndColumnOfTheError() {
        assertThatThrownBy(() -> read(resource("malformed.xml"), "malformed.xml"))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    RowError error = e.toRowError();
                    assertThat(error.messageKey()).isEqualTo("import.unilav.malformed");
                    assertThat(error.row()).isEqualTo(7);
                    assertThat(error.location()).isEqualTo("malformed.xml:7:5");
                    assertThat(error.arguments()).startsWith("malformed.xml", "7", "5");
                    assertThat(String.valueOf(error.arguments()[3])).contains("InizioRapporto");
                });
    }

    @Test
    void refusesADocumentTypeDeclarationSoNoEntityIsEverExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE UniLav [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <UniLav xmlns="http://servizi.lavoro.gov.it/unilav"><Lavoratore codiceFiscale="&xxe;"/></UniLav>""";

        assertThatThrownBy(() -> read(bytes(xml), "xxe.xml"))
                .isInstanceOfSatisfying(MalformedFileException.class,
                        e -> assertThat(e.toRowError().location()).startsWith("xxe.xml:"));
    }

    @Test
    void ignoresElementsOutsideTheNamespace() throws IOException {
        String xml = """
                <Lista><UniLav><DatiInvio codiceComunicazione="X"/>
                <InizioRapporto dataInizio="2020-01-01" tipologiaContrattuale="A.01.00"/></UniLav></Lista>""";

        assertThat(read(bytes(xml), "other.xml")).isEmpty();
    }

    @Test
    void readsEveryXmlFileOfAZipInOrderAndSkipsFoldersAndMetadata() throws IOException {
        byte[] zip = zip(Map.of(
                "a/uno.xml", resource("comunicazioni.xml"),
                "__MACOSX/a/._uno.xml", "junk".getBytes(StandardCharsets.UTF_8),
                "b/due.xml", bytes("""
                        <UniLav xmlns="http://servizi.lavoro.gov.it/unilav"><DatiInvio codiceComunicazione="Z-1"/>
                        <InizioRapporto dataInizio="2020-01-01" tipologiaContrattuale="A.01.00"/></UniLav>""")));

        List<Read> records = read(zip, "pacco.zip");

        assertThat(records).hasSize(6);
        assertThat(records).extracting(Read::location).contains("a/uno.xml:8:11", "b/due.xml:1:53");
    }

    @Test
    void refusesAnArchiveWithAFileThatIsNotXml() {
        byte[] zip = zip(Map.of("leggimi.txt", bytes("ciao")));

        assertThatThrownBy(() -> read(zip, "pacco.zip")).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.toRowError().messageKey()).isEqualTo("import.unilav.notXml"));
    }

    @Test
    void readsByMediaTypeOrByFileName() {
        assertThat(format.reads("application/xml", null)).isTrue();
        assertThat(format.reads("application/zip", null)).isTrue();
        assertThat(format.reads("text/csv", "contratti.xml")).isFalse();
        assertThat(format.reads(null, "CONTRATTI.XML")).isTrue();
        assertThat(format.reads(null, "contratti.csv")).isFalse();
    }

    private List<Read> read(byte[] file, String name) throws IOException {
        List<Read> records = new ArrayList<>();
        format.read(new ByteArrayInputStream(file), name, (cells, location) -> records.add(new Read(cells, location)));
        return records;
    }

    static byte[] resource(String name) {
        try (InputStream in = UnilavFormatTests.class.getResourceAsStream("/unilav/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : files.keySet().stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(files.get(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
