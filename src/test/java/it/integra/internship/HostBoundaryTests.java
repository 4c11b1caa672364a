package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.interchange.ImportProgress;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The shared host registry: the authority and the providers that work with a host (a clearance for
 * it, or an internship there) read it whole and change it and its tutors; any other provider reads
 * its public data only and every change it tries is refused, on the pages, in the list fragment,
 * at an internship's start and through the import.
 */
@SpringBootTest
class HostBoundaryTests {

    private static final String CONTACT = "anna.verdi@fornobianchi.example";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    InternshipManagement internships;
    @Autowired
    HostManagement hosts;
    @Autowired
    InterchangeManagement interchange;

    MockMvc mvc;
    InternshipFixture withClearance;
    InternshipFixture stranger;
    MockHttpSession clearanceHolder;
    MockHttpSession other;
    MockHttpSession officer;
    String hostTaxCode;
    long host;
    long tutor;
    String path;

    @BeforeEach
    void aHostOneProviderWorksWithAndAnotherDoesNot() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String hash = encoder.encode(TestUsers.PASSWORD);
        withClearance = InternshipFixture.ready(jdbc, hash);
        stranger = InternshipFixture.ready(jdbc, hash);
        hostTaxCode = withClearance.hostTaxCode();
        host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province, address, employees)
                        VALUES (:code, 'Forno Bianchi', '10.71.10', 'TO', 'Via Po 5, Torino', 12) RETURNING id""")
                .param("code", hostTaxCode).query(Long.class).single();
        tutor = jdbc.sql("""
                        INSERT INTO internship.company_tutor (host_id, name, role, contact)
                        VALUES (:host, 'Anna Verdi', 'Titolare', :contact) RETURNING id""")
                .param("host", host).param("contact", CONTACT).query(Long.class).single();
        withClearance.grantedClearance(10, hostTaxCode, 12);
        clearanceHolder = WebSessions.login(mvc, withClearance.operator.username(), TestUsers.PASSWORD);
        other = WebSessions.login(mvc, stranger.operator.username(), TestUsers.PASSWORD);
        officer = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("host-officer", Role.OFFICER),
                TestUsers.PASSWORD);
        path = "/internships/hosts/" + host;
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse edit(MockHttpSession session, String name) throws Exception {
        return perform(post(path).session(session).with(csrf()).param("taxCode", hostTaxCode).param("name", name)
                .param("ateco", "10.71.10").param("province", "TO").param("employees", "12").param("version", "0"));
    }

    private String name() {
        return jdbc.sql("SELECT name FROM internship.host WHERE id = :id").param("id", host).query(String.class).single();
    }

    private long activeTutors() {
        return jdbc.sql("SELECT count(*) FROM internship.company_tutor WHERE host_id = :id AND active").param("id", host)
                .query(Long.class).single();
    }

    @Test
    void theAuthorityAndAProviderWithAClearanceThereReadTheHostWhole() throws Exception {
        for (MockHttpSession session : new MockHttpSession[] {officer, clearanceHolder}) {
            assertThat(perform(get(path).session(session)).getContentAsString()).contains("Forno Bianchi",
                    "Via Po 5, Torino", "Anna Verdi", CONTACT, "id=\"edit-host\"", "id=\"tutor-form\"");
        }
        assertThat(perform(get("/internships/hosts").param("q", hostTaxCode).session(clearanceHolder))
                .getContentAsString()).contains("Forno Bianchi", ">12<", "0 su 2");
    }

    @Test
    void anotherProviderReadsOnlyTheNameTaxCodeAtecoAndProvince() throws Exception {
        String page = perform(get(path).session(other)).getContentAsString();
        assertThat(page).contains("Forno Bianchi", hostTaxCode, "10.71.10", "TO", "id=\"host-public-only\"")
                .doesNotContain(CONTACT, "Anna Verdi", "Via Po 5", "id=\"edit-host\"", "id=\"tutor-form\"");
        for (MockHttpServletRequestBuilder list : new MockHttpServletRequestBuilder[] {
                get("/internships/hosts").param("q", hostTaxCode), get("/internships/hosts").param("q", hostTaxCode)
                .header("HX-Request", "true")}) {
            String rows = perform(list.session(other)).getContentAsString();
            assertThat(rows).contains("Forno Bianchi").doesNotContain(">12<", "su 2", CONTACT);
        }
    }

    @Test
    void anotherProviderChangesNeitherTheHostNorItsTutors() throws Exception {
        assertThat(perform(get(path + "/edit").session(other)).getStatus()).isEqualTo(403);
        assertThat(edit(other, "Forno Rossi").getStatus()).isEqualTo(403);
        assertThat(perform(post(path + "/tutors").session(other).with(csrf()).param("name", "Intruso"))
                .getStatus()).isEqualTo(403);
        assertThat(perform(post(path + "/tutors/" + tutor + "/remove").session(other).with(csrf())).getStatus())
                .isEqualTo(403);
        assertThatThrownBy(() -> hosts.addTutor(host, new NewCompanyTutor("Intruso", null, null), stranger.operator))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(name()).isEqualTo("Forno Bianchi");
        assertThat(activeTutors()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'host' AND entity_id = :id")
                .param("id", host).query(Long.class).single()).isZero();
    }

    @Test
    void theAuthorityAndTheProviderWithAClearanceThereChangeTheHostAndItsTutors() throws Exception {
        assertThat(edit(clearanceHolder, "Forno Bianchi snc").getRedirectedUrl()).isEqualTo(path);
        assertThat(perform(post(path + "/tutors").session(officer).with(csrf()).param("name", "Marco Gialli")
                .param("contact", "333 1234567")).getRedirectedUrl()).isEqualTo(path);
        assertThat(perform(post(path + "/tutors/" + tutor + "/remove").session(clearanceHolder).with(csrf()))
                .getRedirectedUrl()).isEqualTo(path);

        assertThat(name()).isEqualTo("Forno Bianchi snc");
        assertThat(activeTutors()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE entity_type = 'host' AND entity_id = :id "
                + "ORDER BY id").param("id", host).query(String.class).list())
                .containsExactly("EDIT", "TUTOR_ADD", "TUTOR_REMOVE");
    }

    @Test
    void startingAtAHostItDidNotWorkWithLeavesTheRecordAndThenLetsTheProviderInAsItHasAnInternshipThere() {
        long clearance = stranger.grantedClearance(10, stranger.hostTaxCode(), 12);
        internships.start(stranger.start(clearance, hostTaxCode, 40, stranger.today), stranger.operator);

        assertThat(name()).isEqualTo("Forno Bianchi");
        assertThat(jdbc.sql("SELECT employees FROM internship.host WHERE id = :id").param("id", host)
                .query(Integer.class).single()).isEqualTo(12);
        assertThat(hosts.mayChange(host, stranger.operator)).isTrue();
        assertThat(hosts.find(host, stranger.operator).orElseThrow().tutors()).extracting(CompanyTutor::contact)
                .contains(CONTACT);
    }

    @Test
    void aProviderImportsNoInternshipsAndSoNoHosts() {
        String csv = "internship_code,clearance_code,host_tax_code,host_name,host_ateco,host_province,start_date,"
                + "planned_end_date,status\nTIR-X,NO-X," + hostTaxCode + ",Forno Rossi,10.71.10,TO,2024-01-01,2024-06-30,ONGOING\n";

        assertThatThrownBy(() -> interchange.importCsv("internships", new StringReader(csv), stranger.operator,
                ImportProgress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(name()).isEqualTo("Forno Bianchi");
    }
}
