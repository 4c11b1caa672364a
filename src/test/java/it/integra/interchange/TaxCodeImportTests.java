package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.shared.TaxCode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Imports take tax codes in one canonical form only: a code with spaces, dashes or the IT prefix is a row
 * error that says what to remove, and the rules of the codes (real dates, foreign states, a business's
 * office code) are row errors with their own messages, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaxCodeImportTests {

    private static final String PROVIDERS = "provider_code,tax_code,name,type,province\n";
    private static final String PARTICIPANTS = "tax_code,family_name,given_name,sex,birth_date,citizenship,target_group,"
            + "housed_in_reception,prior_work_experience,professional_qualification,language_knowledge\n";

    @LocalServerPort
    int port;

    ApiClient admin;
    String prefix;

    @BeforeEach
    void setUp() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        prefix = "TCI" + System.nanoTime() % 1_000_000_000L;
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

    /** Each row error as "row column message". */
    private List<String> errors(HttpResponse<String> response) {
        List<String> errors = new ArrayList<>();
        admin.json(response).get("errors").forEach(error -> errors.add(error.get("row").asInt() + " "
                + error.get("column").asString() + " " + error.get("message").asString()));
        return errors;
    }
}
