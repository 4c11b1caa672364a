package it.integra.provider.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallManagement;
import it.integra.provider.NewAttachment;
import it.integra.provider.ProviderTestData;
import it.integra.provider.ProviderTestData.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Applications through the pages: an operator submits with documents, an officer decides, the call's page lists them. */
@SpringBootTest
class ApplicationPagesTests {

    static final byte[] PDF = "%PDF-1.4\nstatuto dell'ente\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;

    MockMvc mvc;
    ProviderTestData data;
    Provider provider;
    MockHttpSession operator;
    MockHttpSession officer;
    String call;

    @BeforeEach
    void operatorOfficerAndAnOpenCall() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new ProviderTestData(jdbc, encoder, calls);
        provider = data.provider();
        operator = WebSessions.login(mvc, data.operator(provider.id(), false), TestUsers.PASSWORD);
        officer = WebSessions.login(mvc, data.staff(Role.OFFICER), TestUsers.PASSWORD);
        call = data.openCall();
    }

    @Test
    void anOperatorSubmitsWithADocumentThatDownloadsUnderItsOriginalName() throws Exception {
        assertThat(page(operator, get("/providers/applications/new").param("call", call)))
                .contains("Dichiarazione sostitutiva", "<option value=\"" + call + "\" selected=\"selected\"");

        long id = submit(new MockMultipartFile("files", "Statuto dell'ente 2026.pdf", "application/pdf", PDF));
        String page = page(operator, get("/providers/applications/{id}", id));
        String link = "/providers/applications/" + id + "/attachments/";
        long attachment = Long.parseLong(page.replaceAll("(?s).*" + link + "(\\d+).*", "$1"));
        MockHttpServletResponse download = mvc.perform(get(link + attachment).session(operator)).andReturn().getResponse();

        assertThat(page).contains("Candidatura all&#39;avviso " + call + " presentata", "In valutazione",
                "Statuto dell&#39;ente 2026.pdf", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)))
                .doesNotContain("decision-form");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Statuto_dell_ente_2026.pdf\"");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void refusesADocumentOfAnotherTypeOrTooLargeWithAMessageAndKeepsTheChoices() throws Exception {
        MockMultipartFile text = new MockMultipartFile("files", "note.txt", "text/plain", "solo testo".getBytes(StandardCharsets.UTF_8));
        byte[] large = new byte[(int) NewAttachment.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        MockMultipartFile tooLarge = new MockMultipartFile("files", "scansione.pdf", "application/pdf", large);

        String page = page(operator, multipart("/providers/applications").file(text).file(tooLarge).with(csrf())
                .param("call", call).param("declaration", "true"));

        assertThat(page).contains("Il file note.txt non è un PDF, un JPEG o un PNG.",
                "Il file scansione.pdf supera il limite di 10 MB.", "selezionali di nuovo",
                "<option value=\"" + call + "\" selected=\"selected\"", "checked=\"checked\"");
        assertThat(applicationsOf(provider.id())).isZero();
    }

    @Test
    void refusesAnApplicationWithoutTheDeclarationAndASecondOne() throws Exception {
        String undeclared = page(operator, multipart("/providers/applications").with(csrf()).param("call", call));
        submit(null);
        String second = page(operator, multipart("/providers/applications").with(csrf())
                .param("call", call).param("declaration", "true"));

        assertThat(undeclared).contains("devi confermare la dichiarazione sostitutiva");
        assertThat(second).contains("Il tuo ente ha già presentato una candidatura all&#39;avviso " + call);
        assertThat(applicationsOf(provider.id())).isEqualTo(1);
    }

    @Test
    void anOfficerDecidesIneligibleOnlyWithAReasonAndTheProviderSeesIt() throws Exception {
        long id = submit(null);

        String refused = page(officer, post("/providers/applications/{id}/decision", id).with(csrf())
                .param("outcome", "INELIGIBLE").param("reason", "").param("version", "0"));
        MockHttpServletResponse decided = mvc.perform(post("/providers/applications/{id}/decision", id).session(officer)
                .with(csrf()).param("outcome", "INELIGIBLE").param("reason", "Manca l'accreditamento").param("version", "0"))
                .andReturn().getResponse();

        assertThat(refused).contains("Indica la motivazione della non ammissione.", "id=\"decision-form\"");
        assertThat(decided.getRedirectedUrl()).isEqualTo("/providers/applications/" + id);
        assertThat(page(officer, get("/providers/applications/{id}", id))).contains("/history/application/" + id)
                .doesNotContain("id=\"decision-form\"");
        assertThat(page(operator, get("/providers/{id}", provider.id())))
                .contains("Non ammesso", "Manca l&#39;accreditamento").doesNotContain("/history/");
    }

    @Test
    void theCallSectionShowsStaffEveryApplicationWithADecideLinkAndTheOperatorItsOwn() throws Exception {
        Provider other = data.provider();
        MockHttpSession otherOperator = WebSessions.login(mvc, data.operator(other.id(), false), TestUsers.PASSWORD);
        String empty = section(otherOperator);
        long id = submit(null);

        String staff = section(officer);
        String own = section(operator);
        String others = section(otherOperator);

        assertThat(empty).contains("/providers/applications/new?call=" + call, "non si è ancora candidato");
        assertThat(staff).contains(provider.name(), "Valuta", "/providers/applications/" + id).doesNotContain("<header");
        assertThat(own).contains(provider.name(), "In valutazione", "Apri").doesNotContain("Valuta");
        assertThat(others).doesNotContain(provider.name()).contains("id=\"apply-to-call\"");
    }

    @Test
    void theQueueListsPendingApplicationsOldestFirstAndFiltersByCallAndOutcome() throws Exception {
        Provider second = data.provider();
        MockHttpSession secondOperator = WebSessions.login(mvc, data.operator(second.id(), false), TestUsers.PASSWORD);
        long first = submit(null);
        submit(secondOperator, null);
        jdbc.sql("UPDATE provider.application SET submitted_on = submitted_on - 5 WHERE id = :id").param("id", first).update();

        String queue = page(officer, get("/providers/applications").param("call", call));
        String eligible = page(officer, get("/providers/applications").param("call", call).param("outcome", "ELIGIBLE"));
        String fragment = page(officer, get("/providers/applications").param("call", call).param("outcome", "")
                .header("HX-Request", "true").header("HX-Target", "applications-results"));

        assertThat(queue.indexOf(provider.name())).isPositive().isLessThan(queue.indexOf(second.name()));
        assertThat(eligible).contains("Nessuna candidatura corrisponde ai filtri.");
        assertThat(fragment).startsWith("<div id=\"applications-results\">").contains(provider.name(), second.name());
    }

    private String section(MockHttpSession session) throws Exception {
        return page(session, get("/providers/applications").param("call", call)
                .header("HX-Request", "true").header("HX-Target", "call-applications"));
    }

    private long submit(MockMultipartFile file) throws Exception {
        return submit(operator, file);
    }

    private long submit(MockHttpSession session, MockMultipartFile file) throws Exception {
        var request = multipart("/providers/applications").with(csrf()).param("call", call).param("declaration", "true");
        if (file != null) {
            request.file(file);
        }
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/providers/applications/");
        return Long.parseLong(response.getRedirectedUrl().substring("/providers/applications/".length()));
    }

    private long applicationsOf(long providerId) {
        return jdbc.sql("SELECT count(*) FROM provider.application WHERE provider_id = :p").param("p", providerId)
                .query(Long.class).single();
    }

    private String page(MockHttpSession session, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
