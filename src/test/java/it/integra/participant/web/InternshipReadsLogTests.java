package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The internship's pages that name the trainee are in the access log: a host's page lists its trainees
 * (one entry with how many, for those the user may see), the attestation of competences is a read of
 * the trainee, and so are the forms that request a clearance for a person and start its internship.
 * Refused and empty reads write nothing.
 */
@SpringBootTest
class InternshipReadsLogTests {

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
    Fixtures.Operator operator;
    Fixtures.Operator stranger;
    CurrentUser officer;
    long person;
    long call;
    long clearance;
    long internship;
    long host;

    @BeforeEach
    void aTraineeAtAHostOfTheirOwn() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("trainee");
        stranger = fixtures.providerWithOperator("trainee-other");
        officer = fixtures.staff(Role.OFFICER);
        person = register("Tesfaye");
        call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        clearance = fixtures.clearance(call, operator.user().providerId(), person, "GRANTED", LocalDate.of(2024, 3, 1));
        fixtures.internship(clearance, LocalDate.of(2024, 4, 1), "COMPLETED");
        host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province)
                        VALUES (:code, 'Panetteria del log', '10.71', 'TO') RETURNING id""")
                .param("code", Fixtures.provisionalCode()).query(Long.class).single();
        internship = jdbc.sql("UPDATE internship.internship SET host_id = :host WHERE clearance_id = :id RETURNING id")
                .param("host", host).param("id", clearance).query(Long.class).single();
    }

    private long register(String family) {
        return management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data(family,
                "Hana", LocalDate.of(1995, 7, 8), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
        jdbc.sql("DELETE FROM internship.host WHERE id = :id").param("id", host).update();
    }

    private MockHttpSession login(String username) throws Exception {
        return WebSessions.login(mvc, username, TestUsers.PASSWORD);
    }

    private int status(String path, MockHttpSession as) throws Exception {
        return mvc.perform(get(path).session(as)).andReturn().getResponse().getStatus();
    }

    /** The user's entries, oldest first, as {@code kind action person target people}. */
    private List<String> entriesOf(CurrentUser user) {
        return jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || coalesce(participant_id::text, '-') || ' '
                               || coalesce(target, '-') || ' ' || coalesce(people::text, '-')
                        FROM participant.access_log WHERE user_id = :user ORDER BY id""")
                .param("user", user.id()).query(String.class).list();
    }

    @Test
    void aHostsPageIsOneEntryWithTheTraineesTheUserMaySeeThere() throws Exception {
        long second = register("Gebremedhin");
        fixtures.internship(fixtures.clearance(call, operator.user().providerId(), second, "GRANTED",
                LocalDate.of(2024, 3, 1)), LocalDate.of(2024, 5, 1), "ONGOING");
        jdbc.sql("UPDATE internship.internship SET host_id = :host WHERE clearance_id IN (SELECT id FROM "
                + "clearance.clearance WHERE participant_id = :id)").param("host", host).param("id", second).update();
        CurrentUser analyst = fixtures.staff(Role.ANALYST);

        assertThat(mvc.perform(get("/internships/hosts/" + host).session(login(officer.username()))).andReturn()
                .getResponse().getContentAsString()).contains("Tesfaye Hana", "Gebremedhin Hana");
        assertThat(status("/internships/hosts/" + host, login(operator.username()))).isEqualTo(200);
        assertThat(status("/internships/hosts/" + host, login(stranger.username()))).isEqualTo(200);
        assertThat(status("/internships/hosts/" + host, login(analyst.username()))).isEqualTo(403);
        assertThat(status("/internships/hosts/" + (host + 1_000_000), login(officer.username()))).isEqualTo(404);

        assertThat(entriesOf(officer)).containsExactly("SEARCH LIST - hosts/" + host + " 2");
        assertThat(entriesOf(operator.user())).containsExactly("SEARCH LIST - hosts/" + host + " 2");
        assertThat(entriesOf(stranger.user())).as("the host's public data names no trainee of theirs").isEmpty();
        assertThat(entriesOf(analyst)).isEmpty();
    }

    @Test
    void theAttestationOfCompetencesIsAReadOfTheTrainee() throws Exception {
        jdbc.sql("UPDATE internship.internship SET competences = 'Panificazione' WHERE id = :id")
                .param("id", internship).update();
        String attestation = "/internships/" + internship + "/attestation.pdf";

        assertThat(mvc.perform(get(attestation).session(login(officer.username()))).andReturn().getResponse()
                .getContentType()).isEqualTo("application/pdf");
        assertThat(status(attestation, login(stranger.username()))).isEqualTo(404);

        assertThat(entriesOf(officer)).containsExactly(
                "PERSON INTERNSHIP " + person + " internship/" + internship + "/attestation.pdf -");
        assertThat(entriesOf(stranger.user())).isEmpty();
    }

    @Test
    void anAttestationNotReadyNamesNobody() throws Exception {
        assertThat(status("/internships/" + internship + "/attestation.pdf", login(operator.username())))
                .as("no competences recorded").isEqualTo(409);

        assertThat(entriesOf(operator.user())).isEmpty();
    }

    @Test
    void theFormsToRequestAClearanceAndToStartItsInternshipAreReadsOfThePerson() throws Exception {
        long granted = fixtures.clearance(fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                operator.user().providerId(), person, "GRANTED", LocalDate.of(2024, 9, 1));
        MockHttpSession own = login(operator.username());
        MockHttpSession other = login(stranger.username());

        assertThat(mvc.perform(get("/clearances/new").param("participant", String.valueOf(person)).session(own))
                .andReturn().getResponse().getContentAsString()).contains("Tesfaye Hana");
        assertThat(status("/internships/new?clearance=" + granted, own)).isEqualTo(200);
        assertThat(status("/clearances/new?participant=" + person, other)).isEqualTo(404);
        assertThat(status("/internships/new?clearance=" + granted, other)).isEqualTo(404);

        assertThat(entriesOf(operator.user())).containsExactly(
                "PERSON CLEARANCE " + person + " clearances/new -",
                "PERSON CLEARANCE " + person + " internships/new?clearance=" + granted + " -");
        assertThat(entriesOf(stranger.user())).isEmpty();
    }
}
