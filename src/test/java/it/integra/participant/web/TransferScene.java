package it.integra.participant.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.DocumentKind;
import it.integra.participant.Fixtures;
import it.integra.participant.IntakeManagement;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.participant.UploadDocument;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The transfer pages' tests' world: a person in charge of provider A with A's document, intake hours
 * and clearance; provider B that wants them, provider C that is no party, an officer and an analyst,
 * each logged in for real.
 */
final class TransferScene {

    final MockMvc mvc;
    final JdbcClient jdbc;
    final Fixtures fixtures;
    final Fixtures.Operator holder;
    final Fixtures.Operator requester;
    final MockHttpSession a;
    final MockHttpSession b;
    final MockHttpSession c;
    final MockHttpSession officer;
    final MockHttpSession analyst;
    final String code;
    final long person;
    final long document;
    final String clearanceCode;

    TransferScene(MockMvc mvc, JdbcClient jdbc, PasswordEncoder encoder, ParticipantManagement management,
                  IntakeManagement intakes, ParticipantDocuments documents) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        fixtures = new Fixtures(jdbc, encoder);
        holder = fixtures.providerWithOperator("pg-a");
        requester = fixtures.providerWithOperator("pg-b");
        Fixtures.Operator other = fixtures.providerWithOperator("pg-c");
        TestUsers users = new TestUsers(jdbc, encoder);
        a = WebSessions.login(mvc, holder.username(), TestUsers.PASSWORD);
        b = WebSessions.login(mvc, requester.username(), TestUsers.PASSWORD);
        c = WebSessions.login(mvc, other.username(), TestUsers.PASSWORD);
        officer = WebSessions.login(mvc, users.create("pg-officer", Role.OFFICER), TestUsers.PASSWORD);
        analyst = WebSessions.login(mvc, users.create("pg-analyst", Role.ANALYST), TestUsers.PASSWORD);
        code = Fixtures.provisionalCode();
        person = management.register(new RegisterParticipant(code, Fixtures.data("Sankoh", "Mariama",
                LocalDate.of(1996, 6, 6), TargetGroup.INTERNATIONAL_PROTECTION), LocalDate.of(2024, 5, 2)), holder.user());
        long intake = intakes.intakes(person, holder.user()).get(0).id();
        jdbc.sql("INSERT INTO accounting.service_delivery (intake_id, area, delivered_on, hours) VALUES (:i, 'INTAKE', :on, 3)")
                .param("i", intake).param("on", LocalDate.of(2024, 5, 3)).update();
        document = documents.upload(person, new UploadDocument(DocumentKind.RESIDENCE_PERMIT, "permesso-sankoh.pdf",
                "application/pdf", "%PDF-1.7 permesso di A".getBytes(StandardCharsets.US_ASCII)), holder.user()).id();
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        long clearance = fixtures.clearance(call, holder.user().providerId(), person, "REJECTED", LocalDate.of(2024, 6, 1));
        clearanceCode = jdbc.sql("SELECT code FROM clearance.clearance WHERE id = :id").param("id", clearance)
                .query(String.class).single();
    }

    String holderName() {
        return providerName(holder);
    }

    String requesterName() {
        return providerName(requester);
    }

    private String providerName(Fixtures.Operator operator) {
        return jdbc.sql("SELECT name FROM provider.provider WHERE id = :id").param("id", operator.user().providerId())
                .query(String.class).single();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A streamed download (an export), read to its end. */
    String download(String path, MockHttpSession session) throws Exception {
        MvcResult started = mvc.perform(get(path).session(session)).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
    }

    String page(String path, MockHttpSession session) throws Exception {
        return perform(get(path).session(session)).getContentAsString();
    }

    MockHttpServletResponse postAs(MockHttpSession session, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(request);
    }

    /** B asks for the person through the form; returns the request's id. */
    long requestTransfer() throws Exception {
        postAs(b, "/participants/transfers", "taxCode", code, "reason", "Si è trasferita a Torino");
        return jdbc.sql("SELECT id FROM participant.transfer_request WHERE participant_id = :p AND status = 'REQUESTED'")
                .param("p", person).query(Long.class).single();
    }
}
