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
 * The authority's side of a transfer through the pages: the home queue entry, the queue, approval,
 * the share that opens the earlier provider's documents and pathway, and every step refused to the
 * wrong party.
 */
@SpringBootTest
class TransferQueuePagesTests {

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
    long request;
    String path;

    @BeforeEach
    void aWaitingRequest() throws Exception {
        scene = new TransferScene(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build(), jdbc,
                encoder, management, intakes, documents);
        request = scene.requestTransfer();
        path = "/participants/transfers/" + request;
    }

    @AfterEach
    void removeWhatWasCreated() {
        scene.fixtures.removeCreated();
    }

    private int status(MockHttpServletResponse response) {
        return response.getStatus();
    }

    @Test
    void theOfficerFindsTheRequestInTheHomeQueueAndTheListAndApprovesIt() throws Exception {
        long waiting = jdbc.sql("SELECT count(*) FROM participant.transfer_request WHERE status = 'REQUESTED'")
                .query(Long.class).single();
        assertThat(scene.page("/monitoring/home-panel", scene.officer)).contains("id=\"work-transfers\"",
                "Richieste di trasferimento di persone tra enti da decidere", ">" + waiting + "<");
        assertThat(scene.page("/monitoring/home-panel", scene.a)).contains("id=\"work-transfersReceived\"");
        assertThat(scene.page("/participants/transfers", scene.officer)).contains("id=\"transfers-waiting-" + request + "\"",
                "Sankoh Mariama", scene.holderName(), scene.requesterName());
        assertThat(scene.page(path, scene.officer)).contains("id=\"approve-form\"", "id=\"refuse-transfer\"",
                "id=\"transfer-in-charge\"").doesNotContain("id=\"share-form\"", "id=\"release-form\"");

        assertThat(scene.postAs(scene.officer, path + "/approve", "note", "Verificato").getRedirectedUrl()).isEqualTo(path);

        assertThat(scene.page(path, scene.officer)).contains("id=\"notice\"");
        // approved already: a second approval goes back to the request, saying who approved it and when
        MockHttpServletResponse again = scene.postAs(scene.officer, path + "/approve");
        assertThat(again.getRedirectedUrl()).isEqualTo(path);
        assertThat(scene.page(path, scene.officer)).containsPattern("id=\"changed-meanwhile\"[^>]*>Nel frattempo "
                + "Test pg-officer-[0-9-]+ ha già modificato questa pratica, il [0-9]{2}/[0-9]{2}/[0-9]{4} alle [0-9]{2}:[0-9]{2}");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.intake WHERE participant_id = :p").param("p", scene.person)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(scene.page(path, scene.b)).contains("Sankoh Mariama", "Approvata dall&#39;Autorità", "Verificato");
    }

    @Test
    void theOfficerSharingOpensTheEarlierProvidersDocumentsAndPathwayToTheNewOne() throws Exception {
        scene.postAs(scene.officer, path + "/approve");
        String documentPath = "/participants/" + scene.person + "/documents/" + scene.document;
        String timelinePath = "/monitoring/pathways/" + scene.person;
        assertThat(status(scene.perform(get(documentPath).session(scene.b)))).isEqualTo(404);
        assertThat(scene.page(path, scene.officer)).contains("id=\"share-form\"");

        MockHttpServletResponse nothing = scene.postAs(scene.officer, path + "/share");
        assertThat(nothing.getContentAsString()).contains("Scegli almeno una parte da condividere.");
        scene.postAs(scene.officer, path + "/share", "parts", "DOCUMENTS");

        MockHttpServletResponse download = scene.perform(get(documentPath).session(scene.b));
        assertThat(status(download)).isEqualTo(200);
        assertThat(download.getContentAsString()).isEqualTo("%PDF-1.7 permesso di A");
        assertThat(scene.page(timelinePath, scene.b)).doesNotContain(scene.clearanceCode);

        scene.postAs(scene.officer, path + "/share", "parts", "PATHWAY_HISTORY");

        String timeline = scene.page(timelinePath, scene.b);
        assertThat(timeline).contains(scene.clearanceCode, scene.holderName(), "Accoglienza e presa in carico: 3 ore")
                .doesNotContain("/clearances/");
        assertThat(scene.page("/participants/" + scene.person + "?tab=intake", scene.b)).contains(scene.holderName());
        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY id) FROM platform.audit_entry
                        WHERE entity_type = 'participant' AND entity_id = :p AND action LIKE 'TRANSFER%'""")
                .param("p", scene.person).query(String.class).single())
                .isEqualTo("TRANSFER_REQUEST,TRANSFER_APPROVE,TRANSFER_SHARE,TRANSFER_SHARE");
        assertThat(scene.page("/history/participant/" + scene.person, scene.officer)).contains("TRANSFER_SHARE");
    }

    @Test
    void everyStepTakenByTheWrongPartyIsRefused() throws Exception {
        assertThat(status(scene.postAs(scene.b, path + "/approve"))).isEqualTo(403);
        assertThat(status(scene.postAs(scene.b, path + "/release"))).isEqualTo(403);
        assertThat(status(scene.postAs(scene.a, path + "/approve"))).isEqualTo(403);
        assertThat(status(scene.postAs(scene.a, path + "/withdraw"))).isEqualTo(403);
        assertThat(status(scene.postAs(scene.officer, path + "/release"))).isEqualTo(403);
        assertThat(status(scene.postAs(scene.b, path + "/share", "parts", "DOCUMENTS"))).isEqualTo(403);
        MockHttpServletResponse stranger = scene.perform(get(path).session(scene.c));
        assertThat(status(stranger)).isEqualTo(404);
        assertThat(stranger.getContentAsString()).doesNotContain("Sankoh", scene.code);
        assertThat(status(scene.postAs(scene.c, path + "/release"))).isEqualTo(404);
        assertThat(status(scene.postAs(scene.c, path + "/withdraw"))).isEqualTo(404);
        assertThat(status(scene.perform(get("/participants/transfers").session(scene.analyst)))).isEqualTo(403);
        assertThat(status(scene.perform(get(path).session(scene.analyst)))).isEqualTo(403);
        assertThat(scene.page("/participants/transfers", scene.c)).doesNotContain(scene.code, "Sankoh");

        MockHttpServletResponse noNote = scene.postAs(scene.officer, path + "/refuse", "note", " ");
        assertThat(noNote.getContentAsString()).contains("Per respingere una richiesta scrivi il motivo nella nota.");
        assertThat(jdbc.sql("SELECT status FROM participant.transfer_request WHERE id = :id").param("id", request)
                .query(String.class).single()).isEqualTo("REQUESTED");
    }

    @Test
    void theRequesterWithdrawsAndTheOfficerRefusesWithANote() throws Exception {
        assertThat(scene.postAs(scene.b, path + "/withdraw").getRedirectedUrl()).isEqualTo(path);
        assertThat(scene.page(path, scene.a)).contains("Ritirata").doesNotContain("id=\"release-form\"");

        long second = scene.requestTransfer();
        scene.postAs(scene.officer, "/participants/transfers/" + second + "/refuse", "note", "Manca il consenso");

        assertThat(scene.page("/participants/transfers/" + second, scene.b)).contains("Respinta", "Manca il consenso");
        assertThat(status(scene.perform(get("/participants/" + scene.person).session(scene.b)))).isEqualTo(404);
    }
}
