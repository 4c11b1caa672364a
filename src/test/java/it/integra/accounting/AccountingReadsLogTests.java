package it.integra.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.internship.AttendanceRegister;
import it.integra.internship.RecordAttendance;
import it.integra.participant.Fixtures;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.ServiceArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
 * Accounting's pages, files and histories that name trainees are each one entry of the access log with
 * how many people they name: a claim's page and statement (PDF and CSV), the lines of a claim to be, the
 * sessions of hours and the form that logs one, the payments due and a provider's payments, and the
 * histories of payment orders, claims and sessions. Refused reads, and reads that name nobody, write
 * nothing.
 */
@SpringBootTest
class AccountingReadsLogTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    HoursManagement hours;
    @Autowired
    ClaimManagement claims;
    @Autowired
    PaymentManagement payments;
    @Autowired
    PayeeManagement payees;
    @Autowired
    AttendanceRegister attendance;

    MockMvc mvc;
    AccountingFixture fixture;
    CurrentUser officer;
    LocalDate month;
    long sessionOfHours;
    long firstInternship;

    /** Two trainees of one provider, a group session of tutoring for both, and the first's month attended. */
    @BeforeEach
    void twoTraineesWithHoursAndAMonthAttended() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixture = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        officer = new Fixtures(jdbc, encoder).staff(Role.OFFICER);
        month = fixture.today.minusMonths(2).withDayOfMonth(1);
        long first = fixture.grantedClearance("Warsame", month.minusDays(20));
        long firstPerson = fixture.lastParticipant;
        firstInternship = fixture.internship(first, month, month.plusMonths(6).minusDays(1));
        long second = fixture.grantedClearance("Yusuf", month.minusDays(20));
        fixture.internship(second, month, month.plusMonths(6).minusDays(1));
        sessionOfHours = hours.log(fixture.group(List.of(PathwayRef.clearance(first), PathwayRef.clearance(second)),
                ServiceArea.TUTORING, month.plusDays(2), "3"), fixture.operator);
        attendance.record(new RecordAttendance(firstInternship, month, new BigDecimal("100"), new BigDecimal("90")),
                fixture.operator);
        payees.save(PayeeKind.PARTICIPANT, firstPerson, "IT60X0542811101000000123456", -1, fixture.operator);
    }

    private MockHttpSession login(String username) throws Exception {
        return WebSessions.login(mvc, username, TestUsers.PASSWORD);
    }

    private int status(String path, MockHttpSession as) throws Exception {
        return mvc.perform(get(path).session(as)).andReturn().getResponse().getStatus();
    }

    /** The user's entries, oldest first, as {@code kind action target filter people}. */
    private List<String> entriesOf(CurrentUser user) {
        return jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || coalesce(target, '-') || ' ' || coalesce(filter, '-')
                               || ' ' || coalesce(people::text, '-')
                        FROM participant.access_log WHERE user_id = :user ORDER BY id""")
                .param("user", user.id()).query(String.class).list();
    }

    private long claim() {
        return claims.createDraft(new CreateClaim(fixture.callCode, month, fixture.today), fixture.operator);
    }

    @Test
    void aClaimsPageAndStatementAreOneEntryEachWithThePeopleItsLinesName() throws Exception {
        long claim = claim();
        MockHttpSession session = login(officer.username());
        AccountingFixture other = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        CurrentUser analyst = new Fixtures(jdbc, encoder).staff(Role.ANALYST);

        assertThat(mvc.perform(get("/accounting/claims/" + claim).session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Warsame Amina", "Yusuf Amina");
        assertThat(status("/accounting/claims/" + claim + "/statement.pdf", session)).isEqualTo(200);
        assertThat(status("/accounting/claims/" + claim + "/statement.csv", session)).isEqualTo(200);
        assertThat(status("/accounting/claims/" + claim + "/statement.csv", login(other.operator.username())))
                .isEqualTo(404);
        assertThat(status("/accounting/claims/" + claim + "/statement.pdf", login(analyst.username()))).isEqualTo(403);

        assertThat(entriesOf(officer)).containsExactly(
                "SEARCH LIST claims/" + claim + " - 2",
                "SEARCH LIST claims/" + claim + "/statement.pdf - 2",
                "SEARCH LIST claims/" + claim + "/statement.csv - 2");
        assertThat(entriesOf(other.operator)).isEmpty();
        assertThat(entriesOf(analyst)).isEmpty();
    }

    @Test
    void theLinesOfAClaimToBeTheSessionsAndTheHoursFormNameTheProvidersPeople() throws Exception {
        MockHttpSession session = login(fixture.operator.username());

        assertThat(status("/accounting/claims/new?callCode=" + fixture.callCode + "&periodFrom=" + month
                + "&periodTo=" + fixture.today, session)).isEqualTo(200);
        assertThat(mvc.perform(get("/accounting/hours").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Warsame Amina, Yusuf Amina");
        assertThat(status("/accounting/hours/new", session)).isEqualTo(200);
        assertThat(status("/accounting/claims/new?callCode=NO-SUCH-CALL&periodFrom=" + month + "&periodTo="
                + fixture.today, session)).as("no lines, nobody named").isEqualTo(200);

        assertThat(entriesOf(fixture.operator)).containsExactly(
                "SEARCH LIST claims/new call=" + fixture.callCode + " from=" + month + " to=" + fixture.today + " 2",
                "SEARCH LIST hours page=0 2",
                "SEARCH LIST hours/new - 2");
    }

    @Test
    void theHistoriesOfAPaymentOrderAClaimAndASessionNameThePeopleTheyConcern() throws Exception {
        long order = payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);
        long claim = claim();
        MockHttpSession session = login(officer.username());

        assertThat(status("/history/payment_order/" + order, session)).isEqualTo(200);
        assertThat(status("/history/claim/" + claim + "/export.csv", session)).isEqualTo(200);
        assertThat(status("/history/hours/" + sessionOfHours, session)).isEqualTo(200);
        assertThat(status("/history/payment_order/" + (order + 1_000_000), session)).isEqualTo(200);
        assertThat(status("/history/claim/" + claim, login(fixture.operator.username()))).isEqualTo(403);

        assertThat(entriesOf(officer)).containsExactly(
                "SEARCH LIST history/payment_order/" + order + " - 1",
                "SEARCH LIST history/claim/" + claim + ".csv - 2",
                "SEARCH LIST history/hours/" + sessionOfHours + " - 2");
        assertThat(entriesOf(fixture.operator)).isEmpty();
    }

    @Test
    void thePaymentsDueAndAProvidersPaymentsNameTheTraineesTheyPay() throws Exception {
        payments.prepare(PaymentKind.ALLOWANCE, fixture.callId, month, fixture.officer);
        String due = "/accounting/payments?kind=ALLOWANCE&call=" + fixture.callCode + "&month=" + YearMonth.from(month);

        assertThat(mvc.perform(get(due).session(login(officer.username()))).andReturn().getResponse()
                .getContentAsString()).contains("Warsame Amina");
        assertThat(mvc.perform(get("/accounting/payments").session(login(fixture.operator.username()))).andReturn()
                .getResponse().getContentAsString()).contains("Warsame Amina");

        assertThat(entriesOf(officer)).containsExactly("SEARCH LIST payments kind=ALLOWANCE call=" + fixture.callCode
                + " month=" + YearMonth.from(month) + " 1");
        assertThat(entriesOf(fixture.operator)).containsExactly("SEARCH LIST payments - 1");
    }
}
