package it.integra.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The officers' queue (oldest first), the list of clearances about to expire, and what providers may not do. */
@SpringBootTest
class ClearancePagesTests {

    private static final Pattern CLEARANCE_LINK = Pattern.compile("href=\"/clearances/(\\d+)\"");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    PathwayFixture fixture;
    MockHttpSession officer;
    MockHttpSession provider;

    @BeforeEach
    void sessions() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixture = new PathwayFixture(jdbc).call("1000000", null).provider("ELIGIBLE");
        officer = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("queue-officer", Role.OFFICER),
                TestUsers.PASSWORD);
        String operator = TestUsers.uniqueName("queue-op");
        jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, 'Operatore', :hash, 'PROVIDER', :provider)""")
                .param("username", operator).param("hash", encoder.encode(TestUsers.PASSWORD))
                .param("provider", fixture.providerId).update();
        provider = WebSessions.login(mvc, operator, TestUsers.PASSWORD);
    }

    /** A clearance of a new person of the fixture's provider, as the status and dates say. */
    private long clearance(String status, LocalDate requestedOn, LocalDate decidedOn) {
        fixture.person(30, "INTERNATIONAL_PROTECTION", fixture.today.minusMonths(1), true);
        return jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                         requested_on, status, decided_on, intake_id)
                        VALUES (:code, :call, :provider, :participant, 'TO', '01', :requested, :status, :decided, :intake)
                        RETURNING id""")
                .param("code", TestUsers.uniqueName("NO-PAGE").toUpperCase()).param("call", fixture.callId)
                .param("provider", fixture.providerId).param("participant", fixture.participantId)
                .param("requested", requestedOn).param("status", status).param("decided", decidedOn)
                .param("intake", fixture.intakeId).query(Long.class).single();
    }

    private List<Long> listed(MockHttpSession session, String path) throws Exception {
        String page = mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        Matcher links = CLEARANCE_LINK.matcher(page);
        while (links.find()) {
            ids.add(Long.parseLong(links.group(1)));
        }
        return ids;
    }

    @Test
    void theQueueListsWaitingRequestsOldestFirst() throws Exception {
        // requested long ago, so that they come before the other tests' requests on the first page
        long middle = clearance("REQUESTED", LocalDate.of(2001, 3, 10), null);
        long newest = clearance("REQUESTED", LocalDate.of(2001, 3, 20), null);
        long oldest = clearance("REQUESTED", LocalDate.of(2001, 3, 1), null);
        long decided = clearance("GRANTED", LocalDate.of(2001, 2, 1), LocalDate.of(2001, 2, 5));

        List<Long> queue = listed(officer, "/clearances/queue");

        assertThat(queue).containsSubsequence(oldest, middle, newest).doesNotContain(decided);
        assertThat(queue.subList(0, 3)).as("nothing older is waiting").containsExactly(oldest, middle, newest);
    }

    @Test
    void theExpiringListShowsGrantsNearOrPastTheirStartDeadlineMostUrgentFirst() throws Exception {
        LocalDate today = fixture.today;
        long past = clearance("GRANTED", today.minusDays(75), today.minusDays(70));
        long near = clearance("GRANTED", today.minusDays(50), today.minusDays(46));
        long atNotice = clearance("GRANTED", today.minusDays(50), today.minusDays(45));
        long later = clearance("GRANTED", today.minusDays(50), today.minusDays(44));
        long requested = clearance("REQUESTED", today.minusDays(70), null);

        List<Long> forOfficer = listed(officer, "/clearances/expiring");
        List<Long> forProvider = listed(provider, "/clearances/expiring");

        // deadline = grant + 60 days; listed when it falls within 15 days from today
        assertThat(forOfficer).containsSubsequence(past, near, atNotice).doesNotContain(later, requested);
        assertThat(forProvider).containsExactly(past, near, atNotice);
    }

    @Test
    void aProviderIsRefusedTheOfficersPagesAndDecisions() throws Exception {
        long waiting = clearance("REQUESTED", fixture.today.minusDays(3), null);

        assertThat(mvc.perform(get("/clearances/queue").session(provider)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/clearances/" + waiting + "/grant").session(provider).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/clearances/" + waiting + "/reject").session(provider).with(csrf())
                .param("reason", "Documenti mancanti")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM clearance.clearance WHERE id = :id").param("id", waiting)
                .query(String.class).single()).isEqualTo("REQUESTED");
        assertThat(mvc.perform(get("/clearances/queue").session(officer)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
