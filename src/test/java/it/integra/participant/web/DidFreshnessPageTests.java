package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.Today;
import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
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

/** A DID older than six months is flagged on the person's record; one of exactly six months is not. */
@SpringBootTest
class DidFreshnessPageTests {

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
    MockHttpSession session;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("did-page");
        session = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    /** The oldest DID still current today: six calendar months back, as java.time counts them. */
    private static LocalDate oldestCurrentDid(LocalDate today) {
        LocalDate did = today.minusMonths(7);
        while (did.plusMonths(6).isBefore(today)) {
            did = did.plusDays(1);
        }
        return did;
    }

    private String recordPageWithDid(LocalDate did) throws Exception {
        long id = management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data("Alemu",
                "Dawit", LocalDate.of(1997, 6, 6), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
        jdbc.sql("UPDATE participant.intake SET did_on = :did WHERE participant_id = :id").param("did", did)
                .param("id", id).update();
        return mvc.perform(get("/participants/" + id).session(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDidOfExactlySixMonthsIsCurrentAndADayOlderIsOutOfDate() throws Exception {
        LocalDate oldestCurrent = oldestCurrentDid(Today.date());

        String current = recordPageWithDid(oldestCurrent);
        String stale = recordPageWithDid(oldestCurrent.minusDays(1));
        String recent = recordPageWithDid(Today.date().minusDays(3));

        assertThat(current).doesNotContain("id=\"alert-did\"");
        assertThat(stale).contains("id=\"alert-did\"", "La DID ha più di sei mesi o manca");
        assertThat(recent).doesNotContain("id=\"alert-did\"");
        assertThat(oldestCurrent.plusMonths(6)).isAfterOrEqualTo(Today.date());
        assertThat(oldestCurrent.minusDays(1).plusMonths(6)).isBefore(Today.date());
    }
}
