package it.integra.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Scambio dati page: upload through the form, follow the job, read the result or the errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InterchangePageTests {

    private static final Pattern JOB = Pattern.compile("/interchange/jobs/([0-9a-f-]{36})");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    MockHttpSession admin;
    String prefix;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
        prefix = "UP" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void aValidFileUploadedThroughThePageIsImportedAndItsCountsShown() throws Exception {
        String csv = """
                provider_code,tax_code,name,type,province
                %1$s-1,43321819609,Ente caricato uno,TRAINING_BODY,RM
                %1$s-2,89083863798,Ente caricato due,THIRD_SECTOR,TO
                """.formatted(prefix);

        String result = finished(upload(admin, "providers", "enti.csv", csv));

        assertThat(result).contains("Importazione di enti.csv", "Importazione completata: 2 righe.",
                "Inserite 2, aggiornate 0, invariate 0, scartate 0.").doesNotContain("id=\"job-errors\"");
        assertThat(jdbc.sql("SELECT name FROM provider.provider WHERE code LIKE :p ORDER BY code")
                .param("p", prefix + "-%").query(String.class).list())
                .containsExactly("Ente caricato uno", "Ente caricato due");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theImportsLogLinesCarryTheIdOfTheRequestThatStartedIt(CapturedOutput output) throws Exception {
        String csv = """
                provider_code,tax_code,name,type,province
                %1$s-7,43321819609,Ente tracciato,TRAINING_BODY,RM
                """.formatted(prefix);
        String requestId = "req-" + prefix;

        MDC.put("requestId", requestId);
        try {
            finished(upload(admin, "providers", "tracciato.csv", csv));
        } finally {
            MDC.remove("requestId");
        }

        assertThat(output.getAll()).containsPattern(requestId + "\\].*Imported 1 rows of providers");
    }

    @Test
    void aBadFileShowsTheErrorTableOffersTheErrorsAsCsvAndWritesNothing() throws Exception {
        String csv = """
                provider_code,tax_code,name,type,province
                %1$s-1,43321819609,Ente buono,TRAINING_BODY,RM
                %1$s-2,43321819608,Ente con codice fiscale errato,TRAINING_BODY,RM
                %1$s-3,89083863798,Ente in provincia inesistente,TRAINING_BODY,XX
                """.formatted(prefix);

        String id = jobId(finished(upload(admin, "providers", "errati.csv", csv)));
        MockHttpServletResponse polled = mvc.perform(get("/interchange/jobs/{id}", id).session(admin))
                .andReturn().getResponse();
        String page = polled.getContentAsString();
        MvcResult started = mvc.perform(get("/interchange/jobs/{id}/errors.csv", id).session(admin)).andReturn();
        MockHttpServletResponse errors = mvc.perform(asyncDispatch(started)).andReturn().getResponse();

        assertThat(polled.getStatus()).isEqualTo(200);
        assertThat(page).contains("id=\"job-errors\"", "File rifiutato: 2 errori. Nessuna riga è stata scritta.",
                "<code>tax_code</code>", "<code>province</code>", "XX");
        assertThat(errors.getStatus()).isEqualTo(200);
        assertThat(errors.getContentType()).startsWith("text/csv");
        assertThat(errors.getHeader("Content-Disposition")).contains("providers-errors.csv");
        String[] lines = errors.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("row,column,message,location");
        assertThat(lines[1]).startsWith("3,tax_code,");
        assertThat(lines[2]).startsWith("4,province,").contains("XX");
        assertThat(jdbc.sql("SELECT count(*) FROM provider.provider WHERE code LIKE :p").param("p", prefix + "-%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUploadWithoutAFileOrWithAnUnknownDatasetIsSentBackWithItsReason() throws Exception {
        MockHttpServletResponse noFile = mvc.perform(multipart("/interchange/imports")
                .file(new MockMultipartFile("file", "vuoto.csv", "text/csv", new byte[0]))
                .param("dataset", "providers").session(admin).with(csrf())).andReturn().getResponse();
        MockHttpServletResponse unknown = mvc.perform(multipart("/interchange/imports")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)))
                .param("dataset", "pianeti").session(admin).with(csrf())).andReturn().getResponse();

        assertThat(noFile.getStatus()).isEqualTo(200);
        assertThat(noFile.getContentAsString()).contains("id=\"upload\"", "alert-danger").doesNotContain("id=\"job\"");
        assertThat(unknown.getContentAsString()).contains("id=\"upload\"", "alert-danger").doesNotContain("id=\"job\"");
    }

    @Test
    void theUploadTakesACsvByItsNameWithTheTypesBrowsersGiveItAndRefusesOtherFiles() throws Exception {
        String csv = "provider_code,tax_code,name,type,province\n%s-1,43321819609,Ente,TRAINING_BODY,RM\n".formatted(prefix);

        String excel = typed("providers", "enti.CSV", "application/vnd.ms-excel", csv);
        String unknown = typed("providers", "enti.csv", "application/octet-stream", csv);
        String text = typed("providers", "enti.txt", "text/plain", csv);
        String image = typed("providers", "enti.csv", "image/png", csv);
        String xml = typed("providers", "enti.xml", "application/xml", csv);
        String pdfForContracts = typed("contracts", "co.pdf", "application/pdf", csv);

        assertThat(excel).contains("id=\"job\"");
        assertThat(unknown).contains("id=\"job\"");
        for (String refused : List.of(text, image, xml)) {
            assertThat(refused).contains("id=\"upload\"", "Questo insieme di dati si importa da un file CSV: "
                    + "scegli un file .csv (di tipo text/csv).").doesNotContain("id=\"job\"");
        }
        assertThat(pdfForContracts).contains("Questo insieme di dati si importa da un file CSV (.csv), da un documento "
                + "UniLav XML (.xml) o da un archivio ZIP (.zip) di documenti UniLav.");
    }

    private String typed(String dataset, String name, String type, String content) throws Exception {
        return mvc.perform(multipart("/interchange/imports")
                .file(new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8)))
                .param("dataset", dataset).session(admin).with(csrf())).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aJobIsVisibleOnlyToWhoStartedIt() throws Exception {
        String csv = "provider_code,tax_code,name,type,province\n%s-1,1,Ente,TRAINING_BODY,RM\n".formatted(prefix);
        String id = jobId(finished(upload(admin, "providers", "altrui.csv", csv)));
        MockHttpSession officer = WebSessions.login(mvc,
                new TestUsers(jdbc, encoder).create("interchange-officer", Role.OFFICER), TestUsers.PASSWORD);

        assertThat(status(get("/interchange/jobs/{id}", id), officer)).isEqualTo(404);
        assertThat(status(get("/interchange/jobs/{id}/errors.csv", id), officer)).isEqualTo(404);
        assertThat(status(get("/interchange/jobs/{id}", "00000000-0000-0000-0000-000000000000"), admin)).isEqualTo(404);
        assertThat(status(get("/interchange"), officer)).isEqualTo(200);
    }

    @Test
    void providerOperatorsAndAnalystsHaveNoInterchangePage() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        for (Role role : new Role[] {Role.PROVIDER, Role.ANALYST}) {
            MockHttpSession session = WebSessions.login(mvc, users.create("interchange-" + role, role), TestUsers.PASSWORD);
            String csv = "provider_code,tax_code,name,type,province\n%s-9,43321819609,Ente,TRAINING_BODY,RM\n"
                    .formatted(prefix);

            assertThat(status(get("/interchange"), session)).as(role + " page").isEqualTo(403);
            assertThat(mvc.perform(multipart("/interchange/imports")
                            .file(new MockMultipartFile("file", "e.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                            .param("dataset", "providers").session(session).with(csrf())).andReturn().getResponse()
                    .getStatus()).as(role + " upload").isEqualTo(403);
        }
        // refused before any job starts: no job was recorded for the file, so nothing can write it later
        assertThat(jdbc.sql("SELECT count(*) FROM interchange.import_job WHERE file_name = 'e.csv'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM provider.provider WHERE code = :c").param("c", prefix + "-9")
                .query(Long.class).single()).isZero();
    }

    private String upload(MockHttpSession session, String dataset, String name, String csv) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/interchange/imports")
                .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("dataset", dataset).session(session).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Polls the job's endpoint, as the page does, until the job has ended; returns its last fragment. */
    private String finished(String fragment) throws Exception {
        String current = fragment;
        for (int i = 0; i < 300 && current.contains("hx-trigger"); i++) {
            Thread.sleep(100);
            MockHttpServletResponse response = mvc.perform(get("/interchange/jobs/{id}", jobId(current)).session(admin))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            current = response.getContentAsString();
        }
        assertThat(current).contains("id=\"job\"").doesNotContain("hx-trigger");
        return current;
    }

    private static String jobId(String fragment) {
        Matcher matcher = JOB.matcher(fragment);
        assertThat(matcher.find()).as("a job link in " + fragment).isTrue();
        return matcher.group(1);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }
}
