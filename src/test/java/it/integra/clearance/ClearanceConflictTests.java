package it.integra.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.accounting.BudgetManagement;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.ViolationException;
import it.integra.platform.WebSessions;
import it.integra.programme.CallManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Decisions that came too late: ten clicks on "Concedi" at once, each from its own browser tab, make one
 * grant and nine notices naming who granted and when, no error, and the endowment committed once; a
 * rejection after the grant is told the same.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ClearanceConflictTests {

    private static final int CLICKS = 10;

    @Autowired
    WebApplicationContext context;
    @Autowired
    ClearanceManagement clearances;
    @Autowired
    BudgetManagement budgets;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void twoSimultaneousRequestsForOnePersonMakeOneAndRefuseTheOtherByTheRuleNotAKeyError() throws Exception {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ClearanceView>> requests = new ArrayList<>();
        for (int click = 0; click < 2; click++) {
            requests.add(pool.submit(() -> {
                go.await();
                return clearances.request(fixture.request(), fixture.operator);
            }));
        }
        go.countDown();
        List<Throwable> refused = new ArrayList<>();
        for (Future<ClearanceView> request : requests) {
            try {
                request.get();
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(refused).singleElement().isInstanceOf(ViolationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM clearance.clearance WHERE participant_id = :p")
                .param("p", fixture.participantId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectingAGrantedRequestTellsWhoGrantedItAndWhen() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        long id = clearances.request(fixture.request(), fixture.operator).id();
        TestUsers users = new TestUsers(jdbc, encoder);
        String granting = users.create("granting", Role.OFFICER);
        String rejecting = users.create("rejecting", Role.OFFICER);
        mvc.perform(post("/clearances/" + id + "/grant").session(WebSessions.login(mvc, granting, TestUsers.PASSWORD))
                .with(csrf())).andReturn();

        MvcResult late = mvc.perform(post("/clearances/" + id + "/reject").param("reason", "Documenti incompleti")
                .session(WebSessions.login(mvc, rejecting, TestUsers.PASSWORD)).with(csrf())).andReturn();

        String when = jdbc.sql("""
                        SELECT to_char(at AT TIME ZONE 'Europe/Rome', 'DD/MM/YYYY "alle" HH24:MI') FROM platform.audit_entry
                        WHERE entity_type = 'clearance' AND entity_id = :id AND action = 'GRANT'""")
                .param("id", id).query(String.class).single();
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/clearances/" + id);
        assertThat(late.getFlashMap().get("changedMeanwhile")).isEqualTo("Nel frattempo Test " + granting
                + " ha già modificato questa pratica, il " + when + ": la tua richiesta non è stata applicata.");
        assertThat(jdbc.sql("SELECT status FROM clearance.clearance WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("GRANTED");
    }

    @Test
    void tenSimultaneousGrantsGrantOnceAndTellTheOthersWhoGrantedAndWhen(CapturedOutput output) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        long id = clearances.request(fixture.request(), fixture.operator).id();
        String officer = new TestUsers(jdbc, encoder).create("double-grant", Role.OFFICER);
        List<MockHttpSession> tabs = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            tabs.add(WebSessions.login(mvc, officer, TestUsers.PASSWORD));
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLICKS);
        List<Future<MvcResult>> clicks = new ArrayList<>();
        for (MockHttpSession tab : tabs) {
            clicks.add(pool.submit(() -> {
                go.await();
                return mvc.perform(post("/clearances/" + id + "/grant").session(tab).with(csrf())
                        .header("Referer", "http://localhost/clearances/" + id)).andReturn();
            }));
        }
        go.countDown();
        List<MvcResult> results = new ArrayList<>();
        for (Future<MvcResult> click : clicks) {
            results.add(click.get());
        }
        pool.shutdown();

        String when = jdbc.sql("""
                        SELECT to_char(at AT TIME ZONE 'Europe/Rome', 'DD/MM/YYYY "alle" HH24:MI') FROM platform.audit_entry
                        WHERE entity_type = 'clearance' AND entity_id = :id AND action = 'GRANT'""")
                .param("id", id).query(String.class).single();
        String notice = "Nel frattempo Test " + officer + " ha già modificato questa pratica, il " + when
                + ": la tua richiesta non è stata applicata.";
        assertThat(results).allSatisfy(r -> {
            assertThat(r.getResponse().getStatus()).isEqualTo(302);
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/clearances/" + id);
        });
        assertThat(results).filteredOn(r -> "clearances.notice.granted".equals(r.getFlashMap().get("notice"))).hasSize(1);
        assertThat(results).filteredOn(r -> notice.equals(r.getFlashMap().get("changedMeanwhile"))).hasSize(CLICKS - 1);
        assertThat(jdbc.sql("SELECT status FROM clearance.clearance WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("GRANTED");
        assertThat(budgets.budget(calls.find(fixture.callCode).orElseThrow()).totalCommitted()).isEqualByComparingTo("5940");

        MvcResult late = results.stream().filter(r -> r.getFlashMap().containsKey("changedMeanwhile")).findFirst().orElseThrow();
        // the late click's own session: the winning one holds the "granted" notice, which would be shown instead
        MockHttpSession lateTab = (MockHttpSession) late.getRequest().getSession(false);
        String page = mvc.perform(get("/clearances/" + id).session(lateTab).flashAttrs(late.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"changed-meanwhile\"").contains("Test " + officer).contains(when);

        assertThat(output.getAll().lines().filter(line -> line.contains("Refused 409 POST /clearances/" + id + "/grant")))
                .hasSize(CLICKS - 1).allSatisfy(line -> assertThat(line).contains("INFO").doesNotContain("ERROR"));
        assertThat(output.getAll()).doesNotContain("OptimisticLockingFailureException");
    }
}
