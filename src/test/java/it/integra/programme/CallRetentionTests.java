package it.integra.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.Today;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.platform.WebSessions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Each call keeps its participants' records for its own number of years, set until it opens. */
@SpringBootTest
class CallRetentionTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

    @Autowired
    CallManagement calls;
    @Autowired
    WebApplicationContext context;

    private static String code() {
        return "RET-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    private static CallTerms terms(LocalDate opens, Integer retentionYears) {
        return new CallTerms("Avviso con conservazione", opens, opens.plusMonths(6), Map.of("ESF", new BigDecimal("100000")),
                new BigDecimal("0.70"), 60, null, retentionYears);
    }

    @Test
    void aCallKeepsTheUsualTenYearsUnlessTold() {
        CallDetails usual = calls.create(new CreateCall(code(), "PUOI", new CallTerms("Avviso", Today.date().plusDays(5),
                Today.date().plusMonths(6), Map.of("ESF", BigDecimal.TEN), new BigDecimal("0.70"), 60, null)), ADMIN);
        CallDetails longer = calls.create(new CreateCall(code(), "PUOI", terms(Today.date().plusDays(5), 15)), ADMIN);

        assertThat(usual.retentionYears()).isEqualTo(10);
        assertThat(longer.retentionYears()).isEqualTo(15);
    }

    @Test
    void theRetentionIsEditableUntilTheCallOpensAndNotAfter() {
        String code = code();
        CallDetails draft = calls.create(new CreateCall(code, "PUOI", terms(Today.date(), 7)), ADMIN);

        CallDetails edited = calls.edit(code, draft.version(), terms(Today.date(), 12), ADMIN);
        CallDetails open = calls.publish(code, ADMIN);

        assertThat(edited.retentionYears()).isEqualTo(12);
        assertThatThrownBy(() -> calls.edit(code, open.version(), terms(Today.date(), 3), ADMIN))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("call.notEditable"));
        assertThat(calls.find(code).orElseThrow().retentionYears()).isEqualTo(12);
    }

    @Test
    void refusesARetentionOutsideOneToFiftyYears() {
        for (Integer years : new Integer[] {null, 0, 51}) {
            assertThat(calls.check(terms(Today.date(), years))).as("retention " + years)
                    .containsExactly(Violation.of("retentionYears", "call.retention.range", 1, 50));
        }
        assertThat(calls.check(terms(Today.date(), 1))).isEmpty();
        assertThat(calls.check(terms(Today.date(), 50))).isEmpty();
    }

    @Test
    void theCallFormSetsTheRetentionAndThePageShowsIt() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");
        String code = code();

        MockHttpServletResponse refused = mvc.perform(post("/programmes/calls").session(admin).with(csrf())
                        .param("code", code).param("programme", "PUOI").param("title", "Avviso lungo")
                        .param("opensOn", Today.date().plusDays(10).toString())
                        .param("closesOn", Today.date().plusMonths(3).toString()).param("budgetESF", "500000")
                        .param("attendanceThreshold", "70").param("startWindowDays", "60").param("retentionYears", "75"))
                .andReturn().getResponse();
        MockHttpServletResponse created = mvc.perform(post("/programmes/calls").session(admin).with(csrf())
                        .param("code", code).param("programme", "PUOI").param("title", "Avviso lungo")
                        .param("opensOn", Today.date().plusDays(10).toString())
                        .param("closesOn", Today.date().plusMonths(3).toString()).param("budgetESF", "500000")
                        .param("attendanceThreshold", "70").param("startWindowDays", "60").param("retentionYears", "20"))
                .andReturn().getResponse();
        String page = mvc.perform(get("/programmes/calls/" + code).session(admin)).andReturn().getResponse()
                .getContentAsString();
        String form = mvc.perform(get("/programmes/calls/" + code + "/edit").session(admin)).andReturn().getResponse()
                .getContentAsString();

        assertThat(refused.getContentAsString()).contains("value=\"75\"", "Indica un numero di anni da 1 a 50.");
        assertThat(created.getRedirectedUrl()).isEqualTo("/programmes/calls/" + code);
        assertThat(page).contains("Anni di conservazione dei dati dopo la chiusura", "20 anni");
        assertThat(form).containsPattern("name=\"retentionYears\"[^>]*value=\"20\"|value=\"20\"[^>]*name=\"retentionYears\"");
        assertThat(calls.find(code).orElseThrow().retentionYears()).isEqualTo(20);
    }
}
