package it.integra.outcome;

import static it.integra.outcome.OutcomeFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import it.integra.interchange.ApiClient;
import it.integra.interchange.InterchangeManagement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** UniLav XML, alone or zipped, goes through the same checks, matching and upsert as the contracts CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractsXmlImportTests {

    @LocalServerPort
    int port;

    @Autowired
    InterchangeManagement interchange;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void load() {
        new OutcomeFixture(interchange, jdbc).load();
        admin = ApiClient.as(port, "admin", "admin-test-password");
    }

    @Test
    void importsTheHiresOfAFileAndMatchesProvisionalCodes() {
        JsonNode answer = admin.json(ok(post("application/xml", document(
                hire("UL-1", person(3), "2020-07-01", "A.01.00"),
                hire("UL-2", OutcomeFixture.earlierCode(8), "2020-06-20", "A.02.00"),
                hire("UL-3", OutcomeFixture.numeric(7, 99), "2020-06-20", "A.02.00"),
                hire("OC-3", person(3), "2020-09-15", "A.02.00")))));

        assertThat(answer.get("rows").asLong()).isEqualTo(4);
        assertThat(answer.get("inserted").asLong()).isEqualTo(2);
        assertThat(answer.get("updated").asLong()).isEqualTo(1);
        assertThat(answer.get("skipped").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT p.tax_code FROM outcome.contract c JOIN participant.participant p "
                + "ON p.id = c.participant_id WHERE c.communication_id = 'UL-2'").query(String.class).single())
                .isEqualTo(person(8));
        assertThat(FreshFacts.stored(jdbc)).isEqualTo(FreshFacts.computed(jdbc));
    }

    @Test
    void readsEveryFileOfAZip() throws IOException {
        byte[] zip = zip(document(hire("UL-A", person(4), "2020-06-20", "A.01.00")),
                document(hire("UL-B", person(6), "2020-06-20", "A.02.00")));

        JsonNode answer = admin.json(ok(post("application/zip", zip)));

        assertThat(answer.get("inserted").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT months_to_employment FROM outcome.internship_outcome f "
                + "JOIN internship.internship i ON i.id = f.internship_id WHERE i.code = 'OI-6'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void refusesABrokenFileWithItsPositionAndWritesNothing() {
        long contracts = count();
        byte[] broken = (new String(document(hire("UL-X", person(4), "2020-06-20", "A.01.00")), StandardCharsets.UTF_8)
                .replace("</UniLav>", "</Unilav>")).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post("application/xml", broken);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = admin.json(response).get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("location").asString()).startsWith("3:");
        assertThat(error.get("message").asString()).contains("riga 3, colonna", "UniLav");
        assertThat(count()).isEqualTo(contracts);
    }

    @Test
    void reportsACellErrorWhereTheCommunicationIs() {
        HttpResponse<String> response = post("application/xml", document(
                hire("UL-Y", person(4), "2020-06-20", "A.01.00"), hire("UL-Z", "NOT-A-TAX-CODE", "2020-06-31", "A.01.00")));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("worker_tax_code");
        assertThat(errors.get(0).get("location").asString()).isEqualTo("4:9");
        assertThat(errors.get(1).get("column").asString()).isEqualTo("start_date");
        assertThat(count()).isZero();
    }

    @Test
    void otherDatasetsDoNotReadXml() {
        assertThat(admin.post("/api/v1/imports/calls", "application/xml", document()).statusCode()).isEqualTo(415);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM outcome.contract WHERE communication_id LIKE 'UL-%'").query(Long.class).single();
    }

    private HttpResponse<String> post(String type, byte[] body) {
        return admin.post("/api/v1/imports/contracts", type, body);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** One communication per line after the root, so that positions are predictable. */
    private static byte[] document(String... communications) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ComunicazioniObbligatorie xmlns=\""
                + "http://servizi.lavoro.gov.it/unilav\">\n" + String.join("\n", communications)
                + "\n</ComunicazioniObbligatorie>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String hire(String id, String worker, String start, String type) {
        return "<UniLav><DatiInvio codiceComunicazione=\"" + id + "\"/><DatoreLavoro codiceFiscale=\""
                + OutcomeFixture.EMPLOYER + "\" settore=\"56.10\"><SedeLavoro provincia=\"TO\"/></DatoreLavoro>"
                + "<Lavoratore codiceFiscale=\"" + worker + "\"/><InizioRapporto dataInizio=\"" + start
                + "\" tipologiaContrattuale=\"" + type + "\"/></UniLav>";
    }

    private static byte[] zip(byte[]... files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < files.length; i++) {
                zip.putNextEntry(new ZipEntry("co-" + i + ".xml"));
                zip.write(files[i]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
