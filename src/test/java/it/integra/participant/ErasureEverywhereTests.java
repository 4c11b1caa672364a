package it.integra.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.accounting.PayeeManagement;
import it.integra.interchange.Dataset;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Erasure at the end of retention forgets the person everywhere: a person with traces in every module
 * is erased, then every text or byte column of every table, every export, the person's pages and the
 * histories are searched for the values that identified them, and none is found. The audit trail
 * still says who did what, when.
 */
@SpringBootTest
class ErasureEverywhereTests {

    @Autowired
    ParticipantManagement management;
    @Autowired
    ParticipantDocuments documents;
    @Autowired
    ParticipantRecords records;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    PayeeManagement payees;
    @Autowired
    AuditTrail audit;
    @Autowired
    InterchangeManagement interchange;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    CurrentUser admin;
    CurrentUser officer;
    TracedPerson person;

    @BeforeEach
    void aPersonWithTracesEverywhere() {
        fixtures = new Fixtures(jdbc, encoder);
        admin = fixtures.staff(Role.ADMIN);
        officer = fixtures.staff(Role.OFFICER);
        person = new TracedPerson();
        person.build(new TracedPerson.Services(management, documents, records, payees, audit, fixtures, jdbc, tx),
                fixtures.providerWithOperator("traces"), officer);
    }

    @Test
    void afterErasureNoColumnOfAnyTableHoldsAValueThatIdentifiedThePerson() {
        List<String> before = EveryColumn.holding(jdbc, person.identifiers());
        assertThat(before).as("the sweep finds the traces it is meant to find").contains(
                "participant.participant.tax_code: " + person.taxCode,
                "participant.earlier_tax_code.tax_code: " + person.earlierTaxCode,
                "participant.document.filename: " + person.familyName,
                "participant.document.content: " + person.taxCode,
                "participant.intake.action_plan: " + person.givenName,
                "participant.access_log.filter: " + person.familyName,
                "clearance.clearance.reason: " + person.familyName,
                "internship.internship.competences: " + person.givenName,
                "internship.internship.termination_reason: " + person.phone,
                "internship.suspension.note: " + person.email,
                "accounting.participant_account.iban: " + person.iban,
                "accounting.payment.payee: " + person.familyName,
                "accounting.payment.iban: " + person.iban,
                "accounting.service_delivery.note: " + person.familyName,
                "accounting.claim_line.reason: " + person.familyName,
                "outcome.contract.worker_tax_code: " + person.taxCode,
                "platform.audit_entry.after: " + person.iban,
                "platform.audit_entry.after: " + person.givenName,
                "platform.audit_entry.note: " + person.phone);
        assertThat(EveryColumn.searched(jdbc)).isGreaterThan(150);

        privacy.erase(person.id, admin);

        assertThat(EveryColumn.holding(jdbc, person.identifiers())).isEmpty();
    }

    @Test
    void theAuditTrailOfTheErasedPersonsRecordsStillSaysWhoDidWhatAndWhen() {
        String entries = """
                SELECT entity_type || '/' || entity_id || ' ' || action || ' by ' || actor_name || ' at ' || at
                FROM platform.audit_entry
                WHERE (entity_type, entity_id) IN (('participant', :person), ('participant_account', :person),
                      ('clearance', :clearance), ('internship', :internship), ('hours', :session),
                      ('payment_order', :order), ('claim', :claim)) AND action <> 'ERASE' ORDER BY id""";
        Map<String, Object> ids = Map.of("person", person.id, "clearance", person.clearanceId,
                "internship", person.internshipId, "session", person.session, "order", person.orderId,
                "claim", person.claimId);
        List<String> before = jdbc.sql(entries).params(ids).query(String.class).list();

        privacy.erase(person.id, admin);

        assertThat(jdbc.sql(entries).params(ids).query(String.class).list()).isEqualTo(before).hasSize(10);
        assertThat(jdbc.sql("""
                        SELECT actor_name || ' ' || action || ' ' || (after ->> 'iban') FROM platform.audit_entry
                        WHERE entity_type = 'participant_account' AND entity_id = :id""")
                .param("id", person.id).query(String.class).single())
                .isEqualTo(officer.username() + " CREATE " + AuditTrail.ERASED);
        assertThat(jdbc.sql("""
                        SELECT note || ' ' || (after ->> 'reason') FROM platform.audit_entry
                        WHERE entity_type = 'clearance' AND entity_id = :id""")
                .param("id", person.clearanceId).query(String.class).single())
                .isEqualTo(AuditTrail.ERASED + " " + AuditTrail.ERASED);
    }

    @Test
    void noExportPageOrHistoryNamesTheErasedPerson() throws Exception {
        privacy.erase(person.id, admin);

        List<String> seen = new ArrayList<>(exports());
        seen.addAll(unzip(privacy.export(person.id, officer)));
        seen.addAll(pagesAsAdmin());

        String pseudonym = pseudonym();
        assertThat(seen).hasSizeGreaterThan(30).as("pseudonymised pages and PDFs still show the pseudonym")
                .anyMatch(text -> text.startsWith("/participants/" + person.id + "?") && text.contains(pseudonym))
                .anyMatch(text -> text.lines().findFirst().orElseThrow().endsWith("/pai.pdf") && text.contains(pseudonym))
                .anyMatch(text -> text.lines().findFirst().orElseThrow().endsWith("/statement.pdf")
                        && text.contains(pseudonym));
        assertThat(jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || target || ' ' || people FROM participant.access_log
                        WHERE user_id = :user AND target LIKE 'payments/%' ORDER BY id""")
                .param("user", admin.id()).query(String.class).list()).as("reads of the payees of an order")
                .containsExactly("SEARCH LIST payments/" + person.orderId + " 1",
                        "SEARCH LIST payments/" + person.orderId + "/bank.csv 1");
        for (String text : seen) {
            for (String value : person.identifiers()) {
                assertThat(text.toLowerCase()).as(text.lines().findFirst().orElseThrow() + " names " + value)
                        .doesNotContain(value.toLowerCase());
            }
        }
    }

    /** Every dataset as an administrator exports it, each headed by its name. */
    private List<String> exports() {
        List<String> exports = new ArrayList<>();
        for (Dataset dataset : interchange.datasets()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            interchange.exportCsv(dataset.name(), out, admin);
            exports.add(dataset.name() + ".csv\n" + out.toString(StandardCharsets.UTF_8));
        }
        return exports;
    }

    /** Each of the person's pages as an administrator sees it (PDFs as their text), headed by its path. */
    private List<String> pagesAsAdmin() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = WebSessions.login(mvc, admin.username(), TestUsers.PASSWORD);
        List<String> pages = new ArrayList<>();
        for (String path : pages()) {
            MockHttpServletResponse page = mvc.perform(get(path).session(session)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(200);
            pages.add(path + "\n" + (path.endsWith(".pdf") ? pdfText(page.getContentAsByteArray())
                    : page.getContentAsString(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    @Test
    void theContractsKeepOneWorkerCodePerPersonThatIsNoOnesTaxCode() {
        privacy.erase(person.id, admin);

        String code = jdbc.sql("SELECT tax_code FROM participant.participant WHERE id = :id").param("id", person.id)
                .query(String.class).single();
        assertThat(code).isEqualTo("ANON" + pseudonym().substring(1));
        assertThat(jdbc.sql("SELECT DISTINCT worker_tax_code FROM outcome.contract WHERE participant_id = :id")
                .param("id", person.id).query(String.class).list()).containsExactly(code);
        assertThat(jdbc.sql("SELECT count(*) FROM outcome.contract WHERE worker_tax_code = :code")
                .param("code", code).query(Long.class).single()).isEqualTo(1);
    }

    private List<String> pages() {
        long id = person.id;
        List<String> pages = new ArrayList<>(List.of("/clearances/" + person.clearanceId,
                "/internships/" + person.internshipId, "/accounting/payees/PARTICIPANT/" + id,
                "/monitoring/pathways/" + id, "/accounting/payments/" + person.orderId,
                "/accounting/payments/" + person.orderId + "/bank.csv",
                "/accounting/claims/" + person.claimId, "/accounting/claims/" + person.claimId + "/statement.pdf",
                "/accounting/claims/" + person.claimId + "/statement.csv", "/participants/" + id + "/intakes/"
                        + jdbc.sql("SELECT id FROM participant.intake WHERE participant_id = :id").param("id", id)
                        .query(Long.class).single() + "/pai.pdf"));
        for (String tab : List.of("identity", "status", "profile", "intake", "documents", "pathway")) {
            pages.add("/participants/" + id + "?tab=" + tab);
        }
        for (String history : List.of("participant/" + id, "participant_account/" + id, "clearance/" + person.clearanceId,
                "internship/" + person.internshipId, "hours/" + person.session, "payment_order/" + person.orderId,
                "claim/" + person.claimId)) {
            pages.add("/history/" + history);
            pages.add("/history/" + history + "/export.csv");
        }
        return pages;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private String pseudonym() {
        return jdbc.sql("SELECT pseudonym FROM participant.participant WHERE id = :id").param("id", person.id)
                .query(String.class).single();
    }

    private static List<String> unzip(byte[] zip) throws Exception {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
