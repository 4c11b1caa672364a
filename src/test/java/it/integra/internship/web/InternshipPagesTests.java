package it.integra.internship.web;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class InternshipPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    PageFixture fixture;
    MockHttpSession operator;
    MockHttpSession admin;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixture = new PageFixture(jdbc, encoder.encode(TestUsers.PASSWORD));
        operator = WebSessions.login(mvc, fixture.username(), TestUsers.PASSWORD);
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The start form as a person fills it, with {@code changes} (name, value, name, value...) typed instead. */
    private MockHttpServletRequestBuilder startRequest(long clearance, String host, MockHttpSession session,
                                                       String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clearanceId", String.valueOf(clearance));
        fields.put("hostTaxCode", host);
        fields.put("hostName", "Pasticceria Dolce Vita");
        fields.put("hostAteco", "10.71.20");
        fields.put("hostProvince", "TO");
        fields.put("hostEmployees", "8");
        fields.put("hostAddress", "Corso Francia 10");
        fields.put("providerTutorId", String.valueOf(fixture.operatorId()));
        fields.put("companyTutorName", "Anna Verdi");
        fields.put("companyTutorRole", "Titolare");
        fields.put("startDate", Today.date().minusDays(2).toString());
        fields.put("weeklyHours", "30");
        fields.put("conventionAttached", "true");
        fields.put("pfiAttached", "true");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/internships").session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long started(String host) throws Exception {
        long clearance = fixture.clearance(host);
        MockHttpServletResponse response = perform(startRequest(clearance, host, operator));
        assertThat(response.getRedirectedUrl()).startsWith("/internships/");
        return Long.parseLong(response.getRedirectedUrl().substring("/internships/".length()));
    }

    @Test
    void theProviderStartsAnInternshipFromTheFormTheClearanceFills() throws Exception {
        String host = fixture.hostTaxCode();
        long clearance = fixture.clearance(host);

        String form = perform(get("/internships/new").param("clearance", String.valueOf(clearance)).session(operator))
                .getContentAsString();
        assertThat(form).contains("value=\"" + host + "\"", "value=\"Trattoria " + host + "\"", "value=\"56.10.11\"",
                "Giulia Bianchi (tirocinanti seguiti: 0)");

        long id = Long.parseLong(perform(startRequest(clearance, host, operator)).getRedirectedUrl()
                .substring("/internships/".length()));
        String page = perform(get("/internships/" + id).session(operator)).getContentAsString();
        assertThat(page).contains("Tirocinio avviato.", "In corso", "Pasticceria Dolce Vita", "Anna Verdi",
                "Attività manifatturiere", "1° mese", "6° mese", "attendance-form", "terminate-form", "suspension-form");
        assertThat(page).doesNotContain("history-panel", "/history/internship/");
        assertThat(perform(get("/internships/" + id).session(admin)).getContentAsString())
                .contains("/history/internship/" + id).doesNotContain("attendance-form");
        assertThat(perform(get("/internships/clearance/" + clearance).session(operator)).getContentAsString())
                .contains("clearance-internship", "/internships/" + id, "Pasticceria Dolce Vita");
    }

    @Test
    void aRefusedStartNamesEveryProblemAndKeepsWhatWasTyped() throws Exception {
        String host = fixture.hostTaxCode();
        long clearance = fixture.clearance(host);

        String page = perform(startRequest(clearance, host, operator, "hostAteco", "99.999", "weeklyHours", "45",
                "pfiAttached", "false", "companyTutorName", "")).getContentAsString();

        assertThat(page).contains("Codice ATECO: 99.999 non è una classe, una categoria o una sottocategoria della "
                + "classificazione ATECO 2007", "non oltre 40", "Indica il tutor aziendale.",
                "Il piano formativo individuale (PFI) deve essere agli atti", "value=\"Pasticceria Dolce Vita\"",
                "value=\"45\"");
        assertThat(jdbc.sql("SELECT count(*) FROM internship.internship WHERE clearance_id = :id")
                .param("id", clearance).query(Long.class).single()).isZero();
    }

    @Test
    void anotherProvidersOperatorCannotSeeStartOrChangeTheInternship() throws Exception {
        long id = started(fixture.hostTaxCode());
        long clearance = fixture.clearance(fixture.hostTaxCode());
        PageFixture other = new PageFixture(jdbc, encoder.encode(TestUsers.PASSWORD));
        MockHttpSession stranger = WebSessions.login(mvc, other.username(), TestUsers.PASSWORD);

        assertThat(perform(get("/internships/" + id).session(stranger)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/internships/new").param("clearance", String.valueOf(clearance)).session(stranger))
                .getStatus()).isEqualTo(404);
        assertThat(perform(post("/internships/" + id + "/attendance").session(stranger).with(csrf())
                .param("month", Today.date().withDayOfMonth(1).toString()).param("plannedHours", "10")
                .param("attendedHours", "10")).getStatus()).isEqualTo(404);
        assertThat(perform(post("/internships/" + id + "/terminate").session(stranger).with(csrf())
                .param("endDate", Today.date().toString()).param("reason", "HIRED")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/internships/" + id + "/attestation.pdf").session(stranger)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/internships").session(stranger)).getContentAsString())
                .doesNotContain("/internships/" + id + "\"");
        assertThat(perform(get("/internships/clearance/" + fixture.lastClearance()).session(stranger))
                .getContentAsString()).doesNotContain("card-body");
        assertThat(perform(startRequest(clearance, fixture.hostTaxCode(), stranger)).getStatus()).isEqualTo(404);
    }

    @Test
    void theAuthorityReadsButDoesNotEnterAttendanceAndCannotStart() throws Exception {
        long id = started(fixture.hostTaxCode());

        assertThat(perform(get("/internships").session(admin)).getContentAsString()).contains("/internships/" + id);
        assertThat(perform(post("/internships/" + id + "/attendance").session(admin).with(csrf())
                .param("month", Today.date().withDayOfMonth(1).toString()).param("plannedHours", "10")
                .param("attendedHours", "10")).getStatus()).isEqualTo(403);
        assertThat(perform(get("/internships/new").param("clearance", String.valueOf(fixture.clearance(
                fixture.hostTaxCode()))).session(admin)).getStatus()).isEqualTo(403);
    }

    @Test
    void attendanceSuspensionEarlyEndAndAttestationFromThePage() throws Exception {
        long id = started(fixture.hostTaxCode());
        String month = Today.date().minusDays(2).withDayOfMonth(1).toString();

        assertThat(perform(post("/internships/" + id + "/attendance").session(operator).with(csrf()).param("month", month)
                .param("plannedHours", "120").param("attendedHours", "121")).getContentAsString())
                .contains("Le ore svolte (121) non possono superare quelle previste (120).", "value=\"121\"");
        assertThat(perform(post("/internships/" + id + "/attendance").session(operator).with(csrf()).param("month", month)
                .param("plannedHours", "120").param("attendedHours", "84")).getRedirectedUrl())
                .isEqualTo("/internships/" + id);
        assertThat(perform(get("/internships/" + id).session(operator)).getContentAsString())
                .contains("Dovuta: 500,00", "70,0%");
        assertThat(perform(post("/internships/" + id + "/suspensions").session(operator).with(csrf())
                .param("cause", "HOST_CLOSURE").param("from", Today.date().toString())
                .param("to", Today.date().plusDays(9).toString())).getContentAsString())
                .contains("Una sospensione per chiusura del soggetto ospitante deve durare almeno 15 giorni: questa ne dura 10.");
        assertThat(perform(get("/internships/" + id + "/attestation.pdf").session(operator)).getStatus()).isEqualTo(409);

        perform(post("/internships/" + id + "/terminate").session(operator).with(csrf())
                .param("endDate", Today.date().toString()).param("reason", "OTHER").param("note", "Trasferimento"));
        perform(post("/internships/" + id + "/competences").session(operator).with(csrf())
                .param("competences", "Laminazione della pasta sfoglia."));
        String page = perform(get("/internships/" + id).session(operator)).getContentAsString();
        assertThat(page).contains("Cessato", "Altro motivo", "Trasferimento", "attestation-download");
        MockHttpServletResponse pdf = perform(get("/internships/" + id + "/attestation.pdf").session(operator));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attestazione-TIR-");
    }

    @Test
    void hostsAreRegisteredWithTheirSectionAndTutorsAndFoundBySection() throws Exception {
        String host = fixture.hostTaxCode();
        assertThat(perform(post("/internships/hosts").session(operator).with(csrf()).param("taxCode", host)
                .param("name", "Officina").param("ateco", "29").param("province", "TO").param("employees", "x"))
                .getContentAsString()).contains("Valore non valido", "value=\"Officina\"");
        assertThat(perform(post("/internships/hosts").session(operator).with(csrf()).param("taxCode", host)
                .param("name", "Officina").param("ateco", "00.1").param("province", "TO").param("employees", "3"))
                .getContentAsString()).contains("Codice ATECO: 00.1 non è una classe, una categoria o una sottocategoria "
                        + "della classificazione ATECO 2025");
        // 29.32.09 exists in ATECO 2007 only: a new host is offered ATECO 2025, where it is refused
        assertThat(perform(post("/internships/hosts").session(operator).with(csrf()).param("taxCode", host)
                .param("name", "Officina").param("ateco", "29.32.09").param("province", "TO").param("employees", "3"))
                .getContentAsString()).contains("Codice ATECO: 29.32.09 non è una classe", "ATECO 2025");

        String location = perform(post("/internships/hosts").session(operator).with(csrf()).param("taxCode", host)
                .param("name", "Officina Meccanica Rossi").param("ateco", "29.32.09").param("atecoEdition", "2007")
                .param("province", "TO")
                .param("employees", "25").param("tutorName", "Luca Neri")).getRedirectedUrl();
        String page = perform(get(location).session(admin)).getContentAsString();
        assertThat(page).contains("Officina Meccanica Rossi", "Sezione C - Attività manifatturiere", "Luca Neri",
                "ATECO 2007", "Fabbricazione di altre parti ed accessori per autoveicoli e loro motori n.c.a.", "Fonte: Istat",
                "In corso 0 tirocini su un massimo di 3.", "/history/host/");
        assertThat(perform(get("/internships/hosts").param("section", "C").param("q", host).session(operator))
                .getContentAsString()).contains("Officina Meccanica Rossi");
        assertThat(perform(get("/internships/hosts").param("section", "I").param("q", host).session(operator))
                .getContentAsString()).doesNotContain("Officina Meccanica Rossi");
        long hostId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(perform(post(location).session(admin).with(csrf()).param("taxCode", host)
                .param("name", "Officina Meccanica Rossi srl").param("ateco", "29.32.09").param("atecoEdition", "2007")
                .param("province", "TO")
                .param("employees", "25").param("version", "0")).getRedirectedUrl()).isEqualTo(location);
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_type = 'host' AND entity_id = :id "
                + "ORDER BY id").param("id", hostId).query(String.class).list()).containsExactly("CREATE", "EDIT");
    }

    @Test
    void theInternshipsSectionIsNoLongerAPlaceholder() throws Exception {
        String page = perform(get("/internships").session(admin)).getContentAsString();
        assertThat(page).contains("internship-filters", "/internships/hosts");
    }

    /** The host form as a person fills it, with the tax code as typed. */
    private MockHttpServletRequestBuilder host(String typed) {
        return post("/internships/hosts").session(operator).with(csrf()).param("taxCode", typed)
                .param("name", "Panificio Aurora").param("ateco", "10.71.10").param("province", "TO")
                .param("employees", "6").param("tutorName", "Marta Bianchi");
    }

    @Test
    void aVatNumberTypedWithTheItPrefixSpacesAndDashesIsStoredCompact() throws Exception {
        String vat = fixture.hostTaxCode();
        String typed = "IT " + vat.substring(0, 4) + " " + vat.substring(4, 8) + "-" + vat.substring(8);

        String location = perform(host(typed)).getRedirectedUrl();

        assertThat(location).startsWith("/internships/hosts/");
        assertThat(jdbc.sql("SELECT tax_code FROM internship.host WHERE id = :id")
                .param("id", Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).query(String.class).single())
                .isEqualTo(vat);
    }

    @Test
    void aVatNumberWithAnOfficeCodeThatDoesNotExistIsRefusedOnItsFieldKeepingWhatWasTyped() throws Exception {
        String first10 = fixture.hostTaxCode().substring(0, 7) + "555";
        String typed = "IT" + first10 + TaxCode.numericCheckDigit(first10);

        String page = perform(host(typed)).getContentAsString();

        assertThat(page).contains("value=\"" + typed + "\"", "id=\"taxCode-error\"",
                "La partita IVA non è valida: il codice dell&#39;ufficio (cifre 8-10) &quot;555&quot; non esiste");
    }
}
