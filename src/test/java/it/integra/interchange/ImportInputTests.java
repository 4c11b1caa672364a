package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.shared.TaxCode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What an import refuses besides the contract's own rules: dates outside 1900-2100 (row errors, not a
 * 500 from PostgreSQL), names that a spreadsheet would read as formulas, and bodies that are not CSV.
 * Tax codes come in one canonical form: spaces, dashes or the IT prefix are row errors that say what to
 * remove, and the rules of the codes (real dates, foreign states, a business's office code) have their
 * own messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportInputTests {

    private static final String CALLS = "call_code,programme,title,opens_on,closes_on,budget_eur\n";
    private static final String PROVIDERS = "provider_code,tax_code,name,type,province\n";
    private static final String PARTICIPANTS = "tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,"
            + "housed_in_reception,prior_work_experience,professional_qualification,language_knowledge\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    String prefix;

    @BeforeEach
    void setUp() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        prefix = "II" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void datesBeforeYear1900OrAfter2100AreRowErrorsAndNothingIsWritten() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/calls", CALLS
                + prefix + "-1,PUOI,Primo,0000-01-01,2020-12-31,10\n"
                + prefix + "-2,PUOI,Secondo,2019-01-01,+10000-01-01,10\n"
                + prefix + "-3,PUOI,Terzo,1899-12-31,2101-01-01,10\n"
                + prefix + "-4,PUOI,Quarto,1900-01-01,2100-12-31,10\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errors(response)).containsExactly(
                "2 opens_on Data fuori dall'intervallo ammesso \"0000-01-01\": l'anno deve essere tra 1900 e 2100.",
                "3 closes_on Data fuori dall'intervallo ammesso \"+10000-01-01\": l'anno deve essere tra 1900 e 2100.",
                "4 opens_on Data fuori dall'intervallo ammesso \"1899-12-31\": l'anno deve essere tra 1900 e 2100.",
                "4 closes_on Data fuori dall'intervallo ammesso \"2101-01-01\": l'anno deve essere tra 1900 e 2100.");
        assertThat(callsWritten()).isZero();
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreTaken() {
        admin.importOk("calls", CALLS + prefix + "-1,PUOI,Ampio,1900-01-01,2100-12-31,10\n");

        assertThat(jdbc.sql("SELECT opens_on::text || ' ' || closes_on::text FROM programme.call WHERE code = :c")
                .param("c", prefix + "-1").query(String.class).single()).isEqualTo("1900-01-01 2100-12-31");
    }

    @Test
    void anAttendanceMonthOutsideTheRangeIsARowError() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/attendance",
                "internship_code,month,planned_hours,attended_hours\nTIR-NONE,0000-01,80,80\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errors(response)).contains(
                "2 month Data fuori dall'intervallo ammesso \"0000-01\": l'anno deve essere tra 1900 e 2100.");
    }

    @Test
    void namesThatASpreadsheetWouldReadAsFormulasAreRowErrorsNamingTheColumn() {
        HttpResponse<String> calls = admin.postCsv("/api/v1/imports/calls", CALLS
                + prefix + "-1,PUOI,=HYPERLINK(\"http://x\"),2019-01-01,2019-12-31,10\n");
        HttpResponse<String> providers = admin.postCsv("/api/v1/imports/providers",
                "provider_code,tax_code,name,type,province\n" + prefix + "-1,43321819609,@SUM(A1),TRAINING_BODY,RM\n");
        HttpResponse<String> participants = admin.postCsv("/api/v1/imports/participants", """
                tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,housed_in_reception,prior_work_experience,professional_qualification,language_knowledge,language_certificates
                KNOSML00A06Z368R,+39 333,-2+3,M,2000-01-06,ER,FORMER_UNACCOMPANIED_MINOR,true,true,true,GOOD,A1
                """);

        assertThat(errors(calls)).containsExactly("2 title Il valore \"=HYPERLINK(\"http://x\")\" inizia con un carattere "
                + "(=, +, - o @) che un foglio di calcolo leggerebbe come formula: non è ammesso in un nome.");
        assertThat(errors(providers)).singleElement().asString().startsWith("2 name Il valore \"@SUM(A1)\" inizia");
        assertThat(errors(participants)).hasSize(2);
        assertThat(errors(participants).get(0)).startsWith("2 family_name Il valore \"+39 333\" inizia");
        assertThat(errors(participants).get(1)).startsWith("2 given_name Il valore \"-2+3\" inizia");
        assertThat(callsWritten()).isZero();
    }

    @Test
    void formulaCharactersInsideANameAreKeptExactlyThroughTheRoundTrip() {
        admin.importOk("calls", CALLS + prefix + "-1,PUOI,Avviso = prova + test - @2019,2019-01-01,2019-12-31,10\n");

        String export = admin.get("/api/v1/exports/calls").body();

        assertThat(export).contains(prefix + "-1,PUOI,Avviso = prova + test - @2019,2019-01-01,2019-12-31,");
    }

    @Test
    void aBodyOtherThanCsvIs415NamingTheAcceptedTypes() {
        byte[] csv = (CALLS + prefix + "-1,PUOI,Tipo,2019-01-01,2019-12-31,10\n").getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json", "text/plain", "application/octet-stream")) {
            HttpResponse<String> response = admin.post("/api/v1/imports/calls", type, csv);

            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).as(type)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = admin.json(response);
            assertThat(problem.get("title").asString()).isEqualTo("Tipo di contenuto non accettato");
            assertThat(problem.get("detail").asString()).contains(type.split(";")[0], "text/csv");
            assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/imports/calls");
        }
        assertThat(callsWritten()).isZero();
        assertThat(admin.post("/api/v1/imports/calls", "text/csv; charset=UTF-8", csv).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeWithSpacesDashesOrTheItPrefixIsARowErrorSayingWhatToRemove() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/providers", PROVIDERS
                + prefix + "-1,123 456 789 03,Ente uno,TRAINING_BODY,RM\n"
                + prefix + "-2,123-456-789-03,Ente due,TRAINING_BODY,RM\n"
                + prefix + "-3,IT12345678903,Ente tre,TRAINING_BODY,RM\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errors(response)).containsExactly(
                "2 tax_code Il codice fiscale contiene spazi o trattini: toglierli e scriverlo tutto unito, 12345678903.",
                "3 tax_code Il codice fiscale contiene spazi o trattini: toglierli e scriverlo tutto unito, 12345678903.",
                "4 tax_code Il codice fiscale non vuole il prefisso IT: toglierlo e scrivere solo le 11 cifre, 12345678903.");
    }

    @Test
    void aPersonalCodeOfADateThatDoesNotExistOrOfAnUnknownForeignStateIsARowError() {
        String february30 = "KNOSML00B30Z368";
        String unknownState = "KNOSML00A06Z998";
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/participants", PARTICIPANTS
                + withCheck(february30) + ",Kidane,Samuel,M,2000-02-28,ER,FORMER_UNACCOMPANIED_MINOR,true,true,true,GOOD\n"
                + withCheck(unknownState) + ",Kidane,Samuel,M,2000-01-06,ER,FORMER_UNACCOMPANIED_MINOR,true,true,true,GOOD\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(errors(response)).containsExactly(
                "2 tax_code Nel codice fiscale la data di nascita 30/02/00 (giorno/mese/anno) non esiste.",
                "3 tax_code Nel codice fiscale il luogo di nascita Z998 non è il codice di uno Stato estero "
                        + "(elenco ISTAT degli Stati esteri, codici Z).");
    }

    @Test
    void aHostsOrAnEmployersVatNumberNeedsAnOfficeCodeThatExists() {
        String noOffice = "1234567789" + TaxCode.numericCheckDigit("1234567789");
        HttpResponse<String> internships = admin.postCsv("/api/v1/imports/internships",
                "internship_code,clearance_code,host_tax_code,host_name,host_ateco,host_province,start_date,"
                        + "planned_end_date,status\n"
                        + prefix + "-1,NONE-1," + noOffice + ",Trattoria,56.10,TO,2020-01-01,2020-06-30,ONGOING\n");
        HttpResponse<String> contracts = admin.postCsv("/api/v1/imports/contracts",
                "communication_id,worker_tax_code,employer_tax_code,contract_type,start_date\n"
                        + prefix + "-1,KNOSML00A06Z368R," + noOffice + ",A.01.00,2020-03-02\n");

        String message = "La partita IVA non è valida: il codice dell'ufficio (cifre 8-10) \"789\" non esiste "
                + "(ammessi da 001 a 100, 120, 121, 888 e 999).";
        assertThat(internships.statusCode()).isEqualTo(422);
        assertThat(errors(internships)).contains("2 host_tax_code " + message);
        assertThat(contracts.statusCode()).isEqualTo(422);
        assertThat(errors(contracts)).contains("2 employer_tax_code " + message);
    }

    private static String withCheck(String first15) {
        return first15 + TaxCode.personalCheckCharacter(first15);
    }

    private long callsWritten() {
        return jdbc.sql("SELECT count(*) FROM programme.call WHERE code LIKE :p").param("p", prefix + "-%")
                .query(Long.class).single();
    }

    /** Each row error as "row column message". */
    private List<String> errors(HttpResponse<String> response) {
        List<String> errors = new ArrayList<>();
        admin.json(response).get("errors").forEach(error -> errors.add(error.get("row").asInt() + " "
                + error.get("column").asString() + " " + error.get("message").asString()));
        return errors;
    }
}
