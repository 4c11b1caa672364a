package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The requesting provider's and the holding provider's side of a transfer, through the pages with
 * real sessions: the request instead of a take-over, nothing of the record before the release, and
 * after it the record without the holder's documents, hours or clearances.
 */
@SpringBootTest
class TransferPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;
    @Autowired
    IntakeManagement intakes;
    @Autowired
    ParticipantDocuments documents;

    TransferScene scene;

    @BeforeEach
    void scene() throws Exception {
        scene = new TransferScene(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build(), jdbc,
                encoder, management, intakes, documents);
    }

    @AfterEach
    void removeWhatWasCreated() {
        scene.fixtures.removeCreated();
    }

    @Test
    void takingInChargeAPersonOfAnotherProviderOffersATransferRequestAndShowsNothingOfTheRecord() throws Exception {
        MockHttpServletResponse offer = scene.postAs(scene.b, "/participants/take-in-charge", "taxCode", scene.code);

        assertThat(offer.getStatus()).isEqualTo(200);
        assertThat(offer.getContentAsString()).contains("id=\"in-charge-elsewhere\"", "id=\"transfer-form\"", scene.code)
                .doesNotContain("id=\"take-in-charge\"", "Sankoh", "Mariama", scene.holderName());
        assertThat(jdbc.sql("SELECT count(*) FROM participant.intake WHERE participant_id = :p").param("p", scene.person)
                .query(Long.class).single()).isEqualTo(1);

        MockHttpServletResponse noReason = scene.postAs(scene.b, "/participants/transfers", "taxCode", scene.code,
                "reason", "");
        assertThat(noReason.getStatus()).isEqualTo(200);
        assertThat(noReason.getContentAsString()).contains("Scrivi il motivo della richiesta.");

        MockHttpServletResponse filed = scene.postAs(scene.b, "/participants/transfers", "taxCode", scene.code,
                "reason", "Si è trasferita a Torino");
        assertThat(filed.getRedirectedUrl()).isEqualTo("/participants/transfers");
        assertThat(scene.page("/participants/transfers", scene.b)).contains(scene.code, "In attesa")
                .doesNotContain("Sankoh", scene.holderName());
        assertThat(scene.postAs(scene.b, "/participants/take-in-charge", "taxCode", scene.code).getContentAsString())
                .contains("id=\"transfer-pending\"").doesNotContain("id=\"transfer-form\"");
    }

    @Test
    void whileTheRequestWaitsTheRequesterReachesNoPageOfThePerson() throws Exception {
        long request = scene.requestTransfer();

        for (String path : new String[] {"/participants/" + scene.person, "/api/v1/participants/" + scene.code,
                "/participants/" + scene.person + "/documents/" + scene.document,
                "/monitoring/pathways/" + scene.person}) {
            MockHttpServletResponse response = scene.perform(get(path).session(scene.b));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).doesNotContain("Sankoh", "permesso di A");
        }
        String detail = scene.page("/participants/transfers/" + request, scene.b);
        assertThat(detail).contains(scene.code, "Si è trasferita a Torino", "id=\"withdraw-form\"")
                .doesNotContain("Sankoh", scene.holderName(), "id=\"release-form\"", "id=\"approve-form\"");
    }

    @Test
    void theHolderSeesTheRequestAndReleasingItGivesTheRequesterTheRecordWithoutTheHoldersWork() throws Exception {
        long request = scene.requestTransfer();
        assertThat(scene.page("/participants/transfers", scene.a)).contains("Sankoh Mariama", scene.requesterName());
        assertThat(scene.page("/participants/transfers/" + request, scene.a)).contains("id=\"release-form\"",
                "Si è trasferita a Torino").doesNotContain("id=\"approve-form\"", "id=\"withdraw-form\"");

        MockHttpServletResponse released = scene.postAs(scene.a, "/participants/transfers/" + request + "/release");

        assertThat(released.getRedirectedUrl()).isEqualTo("/participants/transfers/" + request);
        assertThat(scene.perform(get("/participants/" + scene.person).session(scene.a)).getStatus()).isEqualTo(404);
        String record = scene.page("/participants/" + scene.person + "?tab=documents", scene.b);
        assertThat(record).contains("Sankoh Mariama", "id=\"badge-in-charge\"").doesNotContain("permesso-sankoh.pdf",
                scene.holderName());
        assertThat(scene.perform(get("/participants/" + scene.person + "/documents/" + scene.document).session(scene.b))
                .getStatus()).isEqualTo(404);
        assertThat(scene.page("/clearances/participant/" + scene.person, scene.b)).doesNotContain(scene.clearanceCode);
        String timeline = scene.page("/monitoring/pathways/" + scene.person, scene.b);
        assertThat(timeline).contains(scene.requesterName()).doesNotContain(scene.holderName(), scene.clearanceCode,
                "Accoglienza e presa in carico: 3");
        assertThat(scene.perform(get("/api/v1/participants/" + scene.code).session(scene.b)).getContentAsString())
                .contains("Sankoh");
        assertThat(scene.download("/api/v1/exports/clearances", scene.b)).startsWith("clearance_code")
                .doesNotContain(scene.clearanceCode);
        assertThat(scene.download("/api/v1/exports/clearances", scene.a)).contains(scene.clearanceCode);
    }
}
