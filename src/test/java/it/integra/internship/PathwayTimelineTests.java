package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.context.WebApplicationContext;

/** The timeline on a person's Percorso tab, from the records the other modules keep, within scope. */
@SpringBootTest
class PathwayTimelineTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    InternshipManagement management;
    @Autowired
    AttendanceRegister register;
    @Autowired
    InternshipLifecycle lifecycle;

    MockMvc mvc;

    @BeforeEach
    void web() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void showsThePathwayInOrderFromIntakeToTheEndOfTheInternship() throws Exception {
        InternshipFixture fixture = InternshipFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(100, host, 50);
        jdbc.sql("""
                INSERT INTO accounting.service_delivery (intake_id, clearance_id, area, delivered_on, hours)
                SELECT intake_id, id, 'SPECIALIST_GUIDANCE', requested_on, 8 FROM clearance.clearance WHERE id = :id""")
                .param("id", clearance).update();
        InternshipView internship = management.start(fixture.start(clearance, host, 50,
                fixture.today.minusDays(95)), fixture.operator);
        register.record(new RecordAttendance(internship.id(), internship.startDate().withDayOfMonth(1),
                new BigDecimal("80"), new BigDecimal("72.5")), fixture.operator);
        lifecycle.terminate(new TerminateInternship(internship.id(), fixture.today.minusDays(1),
                TerminationReason.HIRED, null), fixture.operator);
        long person = participantOf(clearance);

        MockHttpServletResponse response = timeline(person, WebSessions.login(mvc, fixture.operator.username(),
                TestUsers.PASSWORD));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(kinds(response.getContentAsString())).containsSubsequence("INTAKE", "DID", "SERVICES_MODEL",
                "REQUESTED", "GRANTED", "STARTED", "ATTENDANCE", "TERMINATED");
        assertThat(response.getContentAsString()).contains(
                "Presa in carico da Cooperativa Tirocini",
                "Orientamento specialistico: 8 ore di servizio su", "Presenze del mese", "72,5 ore su 80 previste", "sull&#39;avviso " + fixture.callCode,
                "/internships/" + internship.id());
    }

    @Test
    void anotherProviderGetsNothingAndAnalystsAreRefused() throws Exception {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        long person = participantOf(fixture.grantedClearance(10, fixture.hostTaxCode(), 50));
        InternshipFixture other = InternshipFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        String analyst = new TestUsers(jdbc, encoder).create("timeline-analyst", Role.ANALYST);

        assertThat(timeline(person, WebSessions.login(mvc, other.operator.username(), TestUsers.PASSWORD)).getStatus())
                .isEqualTo(404);
        assertThat(timeline(person, WebSessions.login(mvc, analyst, TestUsers.PASSWORD)).getStatus()).isEqualTo(403);
        String staff = timeline(person, WebSessions.login(mvc, "admin", "admin-test-password")).getContentAsString();
        assertThat(kinds(staff)).contains("INTAKE", "REQUESTED", "GRANTED").doesNotContain("STARTED");
    }

    private MockHttpServletResponse timeline(long person, MockHttpSession session) throws Exception {
        return mvc.perform(get("/monitoring/pathways/" + person).session(session).header("HX-Request", "true"))
                .andReturn().getResponse();
    }

    private long participantOf(long clearance) {
        return jdbc.sql("SELECT participant_id FROM clearance.clearance WHERE id = :id").param("id", clearance)
                .query(Long.class).single();
    }

    private static List<String> kinds(String html) {
        Matcher matcher = Pattern.compile("data-kind=\"([A-Z_]+)\"").matcher(html);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
