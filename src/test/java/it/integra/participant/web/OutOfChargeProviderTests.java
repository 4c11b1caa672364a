package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.DocumentKind;
import it.integra.participant.Fixtures;
import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.participant.UploadDocument;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A provider that does not have the person in charge reaches none of their documents, intakes,
 * generated plans or tax code by URL: the answer is the same "not found" as for a person who does not exist.
 */
@SpringBootTest
class OutOfChargeProviderTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;
    @Autowired
    ParticipantDocuments documents;
    @Autowired
    IntakeManagement intakes;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator owner;
    MockHttpSession stranger;
    long id;
    long intakeId;
    long documentId;
    String code;

    @BeforeEach
    void aPersonInChargeOfAnotherProvider() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        owner = fixtures.providerWithOperator("charge-own");
        Fixtures.Operator other = fixtures.providerWithOperator("charge-other");
        stranger = WebSessions.login(mvc, other.username(), TestUsers.PASSWORD);
        code = Fixtures.provisionalCode();
        id = management.register(new RegisterParticipant(code, Fixtures.data("Mensah", "Kofi", LocalDate.of(1992, 1, 9),
                TargetGroup.INTERNATIONAL_PROTECTION), null), owner.user());
        intakeId = intakes.intakes(id, owner.user()).get(0).id();
        jdbc.sql("UPDATE participant.intake SET action_plan = 'Piano', action_plan_on = taken_on, "
                + "training_plan = 'Formazione', training_plan_on = taken_on WHERE id = :id").param("id", intakeId).update();
        documentId = documents.upload(id, new UploadDocument(DocumentKind.RESIDENCE_PERMIT, "permesso.pdf",
                "application/pdf", "%PDF-1.7 permesso".getBytes(StandardCharsets.US_ASCII)), owner.user()).id();
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private MockHttpServletResponse asStranger(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long documentsOfPerson() {
        return jdbc.sql("SELECT count(*) FROM participant.document WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void documentsCanBeNeitherAddedNorReadNorDeleted() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "did.pdf", "application/pdf",
                "%PDF-1.7 ricevuta".getBytes(StandardCharsets.US_ASCII));

        MockHttpServletResponse upload = asStranger(multipart("/participants/" + id + "/documents").file(file)
                .param("kind", "DID_RECEIPT").session(stranger).with(csrf()));
        MockHttpServletResponse download = asStranger(get("/participants/" + id + "/documents/" + documentId)
                .session(stranger));
        MockHttpServletResponse delete = asStranger(post("/participants/" + id + "/documents/" + documentId + "/delete")
                .session(stranger).with(csrf()));

        assertThat(upload.getStatus()).isEqualTo(404);
        assertThat(download.getStatus()).isEqualTo(404);
        assertThat(download.getContentAsString()).doesNotContain("permesso");
        assertThat(delete.getStatus()).isEqualTo(404);
        assertThat(documentsOfPerson()).isEqualTo(1);
    }

    @Test
    void theIntakeItsPlansAndTheTaxCodeAreOutOfReach() throws Exception {
        String intake = "/participants/" + id + "/intakes/" + intakeId;

        MockHttpServletResponse edit = asStranger(get(intake + "/edit").session(stranger));
        MockHttpServletResponse pai = asStranger(get(intake + "/pai.pdf").session(stranger));
        MockHttpServletResponse pfi = asStranger(get(intake + "/pfi.pdf").session(stranger));
        MockHttpServletResponse taxCodeForm = asStranger(get("/participants/" + id + "/tax-code").session(stranger));
        MockHttpServletResponse taxCode = asStranger(post("/participants/" + id + "/tax-code").session(stranger)
                .with(csrf()).param("taxCode", Fixtures.provisionalCode()));

        assertThat(edit.getStatus()).isEqualTo(404);
        assertThat(edit.getContentAsString()).doesNotContain("Mensah");
        assertThat(pai.getStatus()).isEqualTo(404);
        assertThat(pai.getContentType()).doesNotStartWith("application/pdf");
        assertThat(pfi.getStatus()).isEqualTo(404);
        assertThat(taxCodeForm.getStatus()).isEqualTo(404);
        assertThat(taxCode.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT tax_code FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(code);
    }
}
