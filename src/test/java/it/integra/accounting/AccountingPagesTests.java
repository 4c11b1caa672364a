package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.ServiceArea;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class AccountingPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    HoursManagement hours;

    MockMvc mvc;
    AccountingFixture fixture;
    MockHttpSession operator;
    MockHttpSession admin;
    long first;
    long second;
    LocalDate start;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixture = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        operator = WebSessions.login(mvc, fixture.operator.username(), TestUsers.PASSWORD);
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
        start = fixture.today.minusMonths(2);
        first = fixture.grantedClearance("Omar", start.minusDays(20));
        fixture.internship(first, start, start.plusMonths(6).minusDays(1));
        second = fixture.grantedClearance("Said", start.minusDays(20));
        fixture.internship(second, start, start.plusMonths(6).minusDays(1));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder groupSession(String hoursTyped) {
        return post("/accounting/hours").session(operator).with(csrf())
                .param("pathways", "clearance-" + first, "clearance-" + second)
                .param("area", "TUTORING").param("deliveredOn", start.plusDays(7).toString()).param("hours", hoursTyped)
                .param("mode", "IN_PERSON").param("operatorId", String.valueOf(fixture.operator.id()))
                .param("note", "Incontro di gruppo sulla sicurezza");
    }

    @Test
    void anOperatorLogsAGroupSessionFromTheFormAndSeesEveryProblemWhenRefused() throws Exception {
        String form = perform(get("/accounting/hours/new").session(operator)).getContentAsString();
        assertThat(form).contains("pathway-clearance-" + first, "Omar Amina", "Tirocinio in corso", "Giulia Bianchi");

        String refused = perform(groupSession("9")).getContentAsString();
        assertThat(refused).contains("Il modulo contiene errori", "al massimo 8", ">Incontro di gruppo sulla sicurezza</textarea>");
        MockHttpServletResponse logged = perform(groupSession("2,5".replace(',', '.')));

        assertThat(logged.getRedirectedUrl()).isEqualTo("/accounting/hours");
        String list = perform(get("/accounting/hours").session(operator)).getContentAsString();
        assertThat(list).contains("Di gruppo, 2 persone", "Omar Amina, Said Amina", "Tutoraggio didattico", "2,5");
        assertThat(perform(groupSession("2")).getContentAsString())
                .contains("Omar Amina: in questo giorno ci sono già ore in quest&#39;area");
    }

    @Test
    void theClearancePageLoadsThePathwaysHoursAndLedgerForItsProviderAndTheAuthorityOnly() throws Exception {
        hours.log(fixture.hours(PathwayRef.clearance(first), ServiceArea.TUTORING, start.plusDays(2), "8"), fixture.operator);
        AccountingFixture other = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        MockHttpSession stranger = WebSessions.login(mvc, other.operator.username(), TestUsers.PASSWORD);

        assertThat(perform(get("/clearances/" + first).session(operator)).getContentAsString())
                .contains("/accounting/pathways/" + first + "/hours");
        String panel = perform(get("/accounting/pathways/" + first + "/hours").session(operator)).getContentAsString();
        assertThat(panel).contains("area-TUTORING", "8 / 16 ore", "aria-valuenow=\"50\"", "ledger-TUTORING", "250,00",
                "log-pathway-hours");
        assertThat(perform(get("/accounting/pathways/" + first + "/hours").session(admin)).getContentAsString())
                .contains("ledger-balance").doesNotContain("log-pathway-hours");
        assertThat(perform(get("/accounting/pathways/" + first + "/hours").session(stranger)).getStatus()).isEqualTo(404);
    }

    @Test
    void aClaimIsBuiltSentVerifiedAndPaidThroughItsPages() throws Exception {
        hours.log(fixture.hours(PathwayRef.clearance(first), ServiceArea.TUTORING, start.plusDays(2), "4"), fixture.operator);
        hours.log(fixture.hours(PathwayRef.clearance(second), ServiceArea.TUTORING, start.plusDays(2), "2"), fixture.operator);
        String from = start.toString();
        String to = fixture.today.toString();

        String preview = perform(get("/accounting/claims/new").session(operator).param("callCode", fixture.callCode)
                .param("periodFrom", from).param("periodTo", to)).getContentAsString();
        assertThat(preview).contains("Voci da rendicontare: 2, per 187,50 euro", "claim-create-submit");
        String location = perform(post("/accounting/claims").session(operator).with(csrf())
                .param("callCode", fixture.callCode).param("periodFrom", from).param("periodTo", to)).getRedirectedUrl();
        long id = Long.parseLong(location.substring("/accounting/claims/".length()));
        perform(post(location + "/submit").session(operator).with(csrf()));

        String page = perform(get(location).session(admin)).getContentAsString();
        assertThat(page).contains("Inviato", "claim-verify", "accept-", "reject-");
        ClaimDetails claim = jdbcClaim(id);
        perform(post(location + "/lines/" + claim.lines().get(0).id() + "/accept").session(admin).with(csrf()));
        perform(post(location + "/lines/" + claim.lines().get(1).id() + "/reject").session(admin).with(csrf())
                .param("reason", "Firma del tutor mancante"));
        perform(post(location + "/verify").session(admin).with(csrf()));
        perform(post(location + "/paid").session(admin).with(csrf()));

        assertThat(perform(get(location).session(operator)).getContentAsString())
                .contains("Pagato", "Firma del tutor mancante", "Respinta", "Accolta");
        MockHttpServletResponse pdf = perform(get(location + "/statement.pdf").session(operator));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("rendiconto-RC-");
        assertThat(perform(get(location + "/statement.csv").session(admin)).getContentAsString())
                .startsWith("claim_code,provider,call_code");
    }

    private ClaimDetails jdbcClaim(long id) {
        return context.getBean(ClaimQueries.class).find(id, fixture.officer).orElseThrow();
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() throws Exception {
        hours.log(fixture.hours(PathwayRef.clearance(first), ServiceArea.TUTORING, start.plusDays(2), "4"), fixture.operator);
        long claim = context.getBean(ClaimManagement.class).createDraft(new CreateClaim(fixture.callCode, start,
                fixture.today), fixture.operator);
        AccountingFixture other = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        MockHttpSession stranger = WebSessions.login(mvc, other.operator.username(), TestUsers.PASSWORD);
        MockHttpSession analyst = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("analista", Role.ANALYST),
                TestUsers.PASSWORD);

        assertThat(perform(get("/accounting/claims/" + claim).session(stranger)).getStatus()).isEqualTo(404);
        assertThat(perform(post("/accounting/claims/" + claim + "/submit").session(stranger).with(csrf())).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/accounting/claims/" + claim + "/statement.pdf").session(stranger)).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/accounting/claims").session(stranger)).getContentAsString())
                .doesNotContain("/accounting/claims/" + claim + "\"");
        assertThat(perform(post("/accounting/claims/" + claim + "/verify").session(operator).with(csrf())).getStatus())
                .isEqualTo(403);
        var refusedStep = mvc.perform(post("/accounting/claims/" + claim + "/verify").session(admin).with(csrf())).andReturn();
        assertThat(perform(get("/accounting/claims/" + claim).session(admin).flashAttrs(refusedStep.getFlashMap()))
                .getContentAsString()).contains("Il rendiconto non può fare questo passaggio nel suo stato attuale.");
        assertThat(perform(get("/accounting/hours/new").session(admin)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/accounting/payments/1").session(operator)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/accounting").session(analyst)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/accounting/hours").session(stranger)).getContentAsString())
                .doesNotContain("Omar Amina");
        assertThat(perform(post("/accounting/hours").session(stranger).with(csrf()).param("pathways", "clearance-" + first)
                .param("area", "TUTORING").param("deliveredOn", start.plusDays(3).toString()).param("hours", "1")
                .param("mode", "REMOTE").param("operatorId", String.valueOf(other.operator.id()))).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theOverviewShowsEachCallsFiguresAndTheChartOverTime() throws Exception {
        hours.log(fixture.hours(PathwayRef.clearance(first), ServiceArea.TUTORING, start.plusDays(2), "4"), fixture.operator);

        String page = perform(get("/accounting").session(admin).param("call", fixture.callCode)).getContentAsString();
        assertThat(page).contains("budget-chart", "data-type=\"line\"", "&quot;accrued&quot;:[", "125.00",
                fixture.callCode, "Budget (euro)", "Disponibile (euro)", "Nulla osta concessi e non annullati");
        String own = perform(get("/accounting").session(operator)).getContentAsString();
        assertThat(own).contains(fixture.callCode, "Maturato (euro)").doesNotContain("Disponibile (euro)");
        assertThat(perform(get("/accounting/calls/" + fixture.callCode + "/budget").session(admin)).getContentAsString())
                .contains("Maturato (euro)", "Richiesto (euro)", "Pagato (euro)", "125,00");
    }

    @Test
    void aCallsBudgetPanelIsForTheAuthorityAndNationalAnalystsNotForProvidersNorARegion() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        String regional = users.create("budget-regional", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '01' WHERE username = :u").param("u", regional).update();
        MockHttpSession analyst = WebSessions.login(mvc, users.create("budget-analyst", Role.ANALYST), TestUsers.PASSWORD);
        String panel = "/accounting/calls/" + fixture.callCode + "/budget";

        assertThat(perform(get(panel).session(analyst)).getStatus()).isEqualTo(200);
        assertThat(perform(get(panel).session(operator)).getStatus()).isEqualTo(403);
        assertThat(perform(get(panel).session(WebSessions.login(mvc, regional, TestUsers.PASSWORD))).getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/programmes/calls/" + fixture.callCode).session(operator)).getContentAsString())
                .doesNotContain(panel);
        assertThat(perform(get("/programmes/calls/" + fixture.callCode).session(analyst)).getContentAsString())
                .contains(panel);
    }

    @Test
    void theAuthorityPreparesAMonthsPaymentOrderAfterTheProviderEntersTheIban() throws Exception {
        long internship = jdbc.sql("SELECT id FROM internship.internship WHERE clearance_id = :c").param("c", first)
                .query(Long.class).single();
        LocalDate month = start.withDayOfMonth(1);
        jdbc.sql("UPDATE internship.internship SET start_date = :m, planned_end_date = :e WHERE id = :id")
                .param("m", month).param("e", month.plusMonths(6).minusDays(1)).param("id", internship).update();
        context.getBean(it.integra.internship.AttendanceRegister.class).record(new it.integra.internship.RecordAttendance(
                internship, month, new java.math.BigDecimal("100"), new java.math.BigDecimal("85")), fixture.operator);
        long person = jdbc.sql("SELECT participant_id FROM clearance.clearance WHERE id = :c").param("c", first)
                .query(Long.class).single();
        String query = "?kind=ALLOWANCE&call=" + fixture.callCode + "&month=" + month.toString().substring(0, 7);

        assertThat(perform(get("/accounting/payments" + query).session(admin)).getContentAsString())
                .contains("Manca l&#39;IBAN", "/accounting/payees/PARTICIPANT/" + person);
        String refused = perform(post("/accounting/payees/PARTICIPANT/" + person).session(operator).with(csrf())
                .param("iban", "IT61X0542811101000000123456").param("version", "-1")).getContentAsString();
        assertThat(refused).contains("L&#39;IBAN non è valido: le cifre di controllo (3ª e 4ª) non corrispondono",
                "value=\"IT61X0542811101000000123456\"");
        perform(post("/accounting/payees/PARTICIPANT/" + person).session(operator).with(csrf())
                .param("iban", PaymentTests.IBAN).param("version", "-1"));
        String location = perform(post("/accounting/payments").session(admin).with(csrf()).param("kind", "ALLOWANCE")
                .param("call", fixture.callCode).param("month", month.toString().substring(0, 7))).getRedirectedUrl();

        assertThat(perform(get(location).session(admin)).getContentAsString())
                .contains("IT60 X054 2811 1010 0000 0123 456", "500,00").doesNotContain(PaymentTests.IBAN);
        assertThat(perform(get(location + "/bank.csv").session(admin)).getContentAsString())
                .contains("Omar Amina," + PaymentTests.IBAN + ",500.00,EUR");
        perform(post(location + "/paid").session(admin).with(csrf()));
        assertThat(perform(get("/accounting/payments").session(operator)).getContentAsString())
                .contains("Omar Amina", "Pagato il");
    }
}
