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
 * Every page that shows one named person's data writes one entry to the access log, with the user, the
 * action, the person and the record it was read on: a clearance, an internship, the IBAN, the pathway,
 * a history and its CSV. Pages refused, and histories of records that are nobody's, write nothing.
 */
@SpringBootTest
class PersonReadsLogTests {

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
    MockHttpSession session;
    long person;
    long clearance;
    long internship;

    @BeforeEach
    void aPersonWithAClearanceAndAnInternship() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("reads");
        stranger = fixtures.providerWithOperator("reads-other");
        officer = fixtures.staff(Role.OFFICER);
        session = WebSessions.login(mvc, officer.username(), TestUsers.PASSWORD);
        person = management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data("Kidane",
                "Yonas", LocalDate.of(1994, 5, 6), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        clearance = fixtures.clearance(call, operator.user().providerId(), person, "GRANTED", LocalDate.of(2024, 3, 1));
        fixtures.internship(clearance, LocalDate.of(2024, 4, 1), "ONGOING");
        internship = jdbc.sql("SELECT id FROM internship.internship WHERE clearance_id = :id").param("id", clearance)
                .query(Long.class).single();
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private int status(String path, MockHttpSession as) throws Exception {
        return mvc.perform(get(path).session(as)).andReturn().getResponse().getStatus();
    }

    /** The user's entries, oldest first, as {@code kind action person target}. */
    private List<String> entriesOf(CurrentUser user) {
        return jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || coalesce(participant_id::text, '-') || ' '
                               || coalesce(target, '-') || ' ' || role
                        FROM participant.access_log WHERE user_id = :user ORDER BY id""")
                .param("user", user.id()).query(String.class).list();
    }

    @Test
    void theClearanceTheInternshipTheIbanAndThePathwayPagesAreReadsOfThePerson() throws Exception {
        assertThat(status("/clearances/" + clearance, session)).isEqualTo(200);
        assertThat(status("/internships/" + internship, session)).isEqualTo(200);
        assertThat(status("/accounting/payees/PARTICIPANT/" + person, session)).isEqualTo(200);
        assertThat(status("/monitoring/pathways/" + person, session)).isEqualTo(200);

        assertThat(entriesOf(officer)).containsExactly(
                "PERSON CLEARANCE " + person + " clearance/" + clearance + " OFFICER",
                "PERSON INTERNSHIP " + person + " internship/" + internship + " OFFICER",
                "PERSON PAYEE " + person + " payee/" + person + " OFFICER",
                "PERSON PATHWAY " + person + " pathway/" + person + " OFFICER");
    }

    @Test
    void theHistoryOfTheRecordOrOfARecordOfTheirsIsARead() throws Exception {
        assertThat(status("/history/participant/" + person, session)).isEqualTo(200);
        assertThat(status("/history/clearance/" + clearance + "/export.csv", session)).isEqualTo(200);
        assertThat(status("/history/internship/" + internship, session)).isEqualTo(200);
        assertThat(status("/history/participant_account/" + person, session)).isEqualTo(200);
        assertThat(status("/history/provider/" + operator.user().providerId(), session)).isEqualTo(200);
        assertThat(status("/history/clearance/" + (clearance + 1_000_000), session)).isEqualTo(200);

        assertThat(entriesOf(officer)).containsExactly(
                "PERSON HISTORY " + person + " history/participant/" + person + " OFFICER",
                "PERSON HISTORY " + person + " history/clearance/" + clearance + ".csv OFFICER",
                "PERSON HISTORY " + person + " history/internship/" + internship + " OFFICER",
                "PERSON HISTORY " + person + " history/participant_account/" + person + " OFFICER");
    }

    @Test
    void aProviderReadsItsOwnPersonAndIsRefusedAndNotLoggedForAnotherProvidersPerson() throws Exception {
        MockHttpSession own = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
        MockHttpSession other = WebSessions.login(mvc, stranger.username(), TestUsers.PASSWORD);

        assertThat(status("/clearances/" + clearance, own)).isEqualTo(200);
        assertThat(status("/clearances/" + clearance, other)).isEqualTo(404);
        assertThat(status("/internships/" + internship, other)).isEqualTo(404);
        assertThat(status("/accounting/payees/PARTICIPANT/" + person, other)).isEqualTo(404);
        assertThat(status("/monitoring/pathways/" + person, other)).isEqualTo(404);

        assertThat(entriesOf(operator.user()))
                .containsExactly("PERSON CLEARANCE " + person + " clearance/" + clearance + " PROVIDER");
        assertThat(entriesOf(stranger.user())).isEmpty();
    }
}
