package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.participant.TransferManagement;
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
 * A person's PAI and PFI are reads of the person, with the intake's document as target; transfer
 * requests name the person (by name, or by the tax code the requester gave): the list is one entry
 * with how many people, a request's page a read of the person. Refused reads write nothing.
 */
@SpringBootTest
class PlanAndTransferReadsLogTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;
    @Autowired
    TransferManagement transfers;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator operator;
    Fixtures.Operator stranger;
    CurrentUser officer;
    String code;
    long person;
    long intake;

    @BeforeEach
    void aPersonInChargeOfAProvider() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("plans");
        stranger = fixtures.providerWithOperator("plans-other");
        officer = fixtures.staff(Role.OFFICER);
        code = Fixtures.provisionalCode();
        person = management.register(new RegisterParticipant(code, Fixtures.data("Haile", "Selam",
                LocalDate.of(1992, 1, 2), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
        intake = jdbc.sql("SELECT id FROM participant.intake WHERE participant_id = :id").param("id", person)
                .query(Long.class).single();
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
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
    void thePaiAndThePfiAreReadsOfThePersonAndNotOfAnyoneForAStrangerOrAnAnalyst() throws Exception {
        String plans = "/participants/" + person + "/intakes/" + intake;
        CurrentUser analyst = fixtures.staff(Role.ANALYST);

        assertThat(mvc.perform(get(plans + "/pai.pdf").session(login(officer.username()))).andReturn().getResponse()
                .getContentType()).isEqualTo("application/pdf");
        assertThat(status(plans + "/pfi.pdf", login(operator.username()))).isEqualTo(200);
        assertThat(status(plans + "/pai.pdf", login(stranger.username()))).isEqualTo(404);
        assertThat(status(plans + "/pfi.pdf", login(analyst.username()))).isEqualTo(403);

        assertThat(entriesOf(officer)).containsExactly("PERSON PLAN " + person + " intake/" + intake + "/pai.pdf -");
        assertThat(entriesOf(operator.user()))
                .containsExactly("PERSON PLAN " + person + " intake/" + intake + "/pfi.pdf -");
        assertThat(entriesOf(stranger.user())).isEmpty();
        assertThat(entriesOf(analyst)).isEmpty();
    }

    @Test
    void transferRequestsNameThePersonOnTheListsAndOnTheRequestsPage() throws Exception {
        long request = transfers.request(code, "Si è trasferita nella nostra provincia", stranger.user());
        Fixtures.Operator third = fixtures.providerWithOperator("plans-third");

        assertThat(mvc.perform(get("/participants/transfers").session(login(operator.username()))).andReturn()
                .getResponse().getContentAsString()).contains("Haile Selam");
        assertThat(mvc.perform(get("/participants/transfers").session(login(stranger.username()))).andReturn()
                .getResponse().getContentAsString()).contains(code);
        assertThat(status("/participants/transfers", login(third.username()))).isEqualTo(200);
        assertThat(status("/participants/transfers/" + request, login(officer.username()))).isEqualTo(200);
        assertThat(status("/participants/transfers/" + request, login(third.username()))).isEqualTo(404);

        assertThat(entriesOf(operator.user())).containsExactly("SEARCH LIST - transfers 1");
        assertThat(entriesOf(stranger.user())).containsExactly("SEARCH LIST - transfers 1");
        assertThat(entriesOf(officer)).containsExactly("PERSON TRANSFER " + person + " transfer/" + request + " -");
        assertThat(entriesOf(third.user())).as("no request of theirs, nobody named").isEmpty();
    }
}
