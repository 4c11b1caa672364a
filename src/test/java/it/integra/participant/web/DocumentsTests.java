package it.integra.participant.web;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Attachments (type, size, checksum, original name) and the PAI and PFI generated as PDF. */
@SpringBootTest
class DocumentsTests {

    private static final byte[] PDF = "%PDF-1.4\n% ricevuta DID\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;

    MockMvc mvc;
    Fixtures fixtures;
    MockHttpSession session;
    Fixtures.Operator operator;
    String code;
    long id;

    @BeforeEach
    void aPersonInCharge() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("docs");
        session = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
        code = Fixtures.provisionalCode();
        id = management.register(new RegisterParticipant(code, Fixtures.data("Okafor", "Chidi", LocalDate.of(1993, 2, 2),
                TargetGroup.HUMANITARIAN_PROTECTION), null), operator.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private MockHttpServletResponse upload(String kind, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/participants/" + id + "/documents").file(file).param("kind", kind)
                .session(session).with(csrf())).andReturn().getResponse();
    }

    @Test
    void keepsAnAttachmentWithItsChecksumAndGivesItBackUnderItsSafeName() throws Exception {
        MockHttpServletResponse uploaded = upload("DID_RECEIPT",
                new MockMultipartFile("file", "Ricevuta DID già firmata.pdf", "application/pdf", PDF));
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/participants/" + id + "?tab=documents");

        long documentId = jdbc.sql("SELECT id FROM participant.document WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT sha256 FROM participant.document WHERE id = :id").param("id", documentId)
                .query(String.class).single()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        MockHttpServletResponse download = mvc.perform(get("/participants/" + id + "/documents/" + documentId)
                .session(session)).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"Ricevuta_DID_gi__firmata.pdf\"; filename*=UTF-8''Ricevuta_DID_gi%C3%A0_firmata.pdf");
        assertThat(ContentDisposition.parse(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("Ricevuta_DID_già_firmata.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mvc.perform(get("/participants/" + id).param("tab", "documents").session(session)).andReturn()
                .getResponse().getContentAsString()).contains(">Ricevuta DID già firmata.pdf</a>");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.access_log WHERE participant_id = :id AND action = 'DOCUMENT'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileIsServedUnderANameWhoseExtensionIsItsDetectedTypeWhateverItWasCalled() throws Exception {
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
        upload("RESIDENCE_PERMIT", new MockMultipartFile("file", "..\\..\\Permesso\u202Efdp.exe", "application/pdf", png));
        long documentId = jdbc.sql("SELECT id FROM participant.document WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();

        MockHttpServletResponse download = mvc.perform(get("/participants/" + id + "/documents/" + documentId)
                .session(session)).andReturn().getResponse();

        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"Permessofdp.png\"");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(jdbc.sql("SELECT filename || ' ' || safe_name FROM participant.document WHERE id = :id")
                .param("id", documentId).query(String.class).single()).isEqualTo("Permessofdp.exe Permessofdp.png");
    }

    @Test
    void refusesAFileThatIsNotPdfJpegOrPngWithAMessage() throws Exception {
        MockHttpServletResponse refused = upload("RESIDENCE_PERMIT",
                new MockMultipartFile("file", "permesso.pdf", "application/pdf", "MZ not really a pdf".getBytes()));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"document-errors\"",
                "Il file &quot;permesso.pdf&quot; non è un PDF, un JPEG o un PNG.");
        assertThat(documents()).isZero();
    }

    @Test
    void refusesAFileOverTenMegabytesWithAMessage() throws Exception {
        byte[] large = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 10 * 1024 * 1024 + 1);
        MockHttpServletResponse refused = upload("RESIDENCE_PERMIT",
                new MockMultipartFile("file", "permesso.png", "image/png", large));

        assertThat(refused.getContentAsString()).contains("Il file supera il limite di 10 MB: pesa 10.0 MB.");
        assertThat(documents()).isZero();
        assertThat(upload("RESIDENCE_PERMIT", new MockMultipartFile("file", "permesso.png", "image/png",
                Arrays.copyOf(large, 10 * 1024 * 1024))).getRedirectedUrl()).endsWith("?tab=documents");
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void generatesAReadableActionPlanAndTrainingPlanWithThePersonsAndTheProvidersData() throws Exception {
        long intake = jdbc.sql("SELECT id FROM participant.intake WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(post("/participants/" + id + "/intakes/" + intake).session(session).with(csrf())
                .param("version", "0").param("takenOn", Today.date().toString())
                .param("didOn", Today.date().toString())
                .param("actionPlan", "Bilancio delle competenze e ricerca attiva del lavoro nella ristorazione.")
                .param("actionPlanOn", Today.date().toString()));

        MockHttpServletResponse pai = mvc.perform(get("/participants/" + id + "/intakes/" + intake + "/pai.pdf")
                .session(session)).andReturn().getResponse();
        assertThat(pai.getContentType()).isEqualTo("application/pdf");
        assertThat(ContentDisposition.parse(pai.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("PAI-" + code + ".pdf");
        String text = text(pai.getContentAsByteArray());
        assertThat(text).contains("Piano di azione individuale (PAI)", "Okafor Chidi", code, "(provvisorio)",
                "Cooperativa", "Bilancio delle competenze", "Titolare di protezione umanitaria");

        String pfi = text(mvc.perform(get("/participants/" + id + "/intakes/" + intake + "/pfi.pdf").session(session))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(pfi).contains("Piano formativo individuale (PFI)", "Okafor Chidi", code, "ISCED 2", "Da compilare.");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private long documents() {
        return jdbc.sql("SELECT count(*) FROM participant.document WHERE participant_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
