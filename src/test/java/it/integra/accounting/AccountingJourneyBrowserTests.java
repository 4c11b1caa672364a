package it.integra.accounting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.integra.platform.BrowserTestSupport;
import it.integra.platform.TestUsers;
import it.integra.shared.Iban;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A provider logs a group session and builds a claim of it; an officer verifies the claim line by line and pays it.
 * A provider types a trainee's IBAN with spaces.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountingJourneyBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private final List<String> problems = new ArrayList<>();

    @Test
    void aProviderLogsAGroupSessionAndBuildsAClaimThatTheOfficerVerifiesAndPays() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        LocalDate start = fixture.today.minusMonths(2);
        long first = fixture.grantedClearance("Abdullahi", start.minusDays(20));
        fixture.internship(first, start, start.plusMonths(6).minusDays(1));
        long second = fixture.grantedClearance("Bile", start.minusDays(20));
        fixture.internship(second, start, start.plusMonths(6).minusDays(1));

        Page provider = logIn(fixture.operator.username(), TestUsers.PASSWORD);
        provider.navigate("/accounting/hours");
        provider.locator("#log-hours").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        provider.locator("label[for=pathway-clearance-" + first + "]").click();
        provider.locator("label[for=pathway-clearance-" + second + "]").click();
        provider.selectOption("#area", "TUTORING");
        provider.locator("#deliveredOn").fill(start.plusDays(5).toString());
        provider.locator("#hours").fill("3");
        provider.locator("label[for=mode-REMOTE]").click();
        provider.locator("#note").fill("Sicurezza sul lavoro, incontro di gruppo");
        provider.locator("#hours-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#notice")).hasText("Sessione di gruppo registrata per tutte le persone selezionate.");
        assertThat(provider.locator("#sessions-table tbody tr").first()).containsText("Di gruppo, 2 persone");
        assertThat(provider.locator("#sessions-table tbody tr").first()).containsText("A distanza");
        BrowserTestSupport.screenshot(provider, "accounting-group-session");

        provider.navigate("/clearances/" + first);
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#area-TUTORING")).containsText("3 / 16 ore");
        assertThat(provider.locator("#ledger-TUTORING")).containsText("93,75");

        provider.navigate("/accounting/claims");
        provider.locator("#new-claim").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        provider.selectOption("#callCode", fixture.callCode);
        provider.locator("#periodFrom").fill(start.toString());
        provider.locator("#claim-preview").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#claim-lines tbody tr")).hasCount(2);
        assertThat(provider.locator("#claim-candidates h2")).containsText("187,50");
        provider.locator("#claim-create-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("h1")).containsText("Rendiconto RC-");
        assertThat(provider.locator("#claim-totals")).containsText("187,50 €");
        provider.locator("#claim-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#notice")).hasText("Rendiconto inviato.");
        String claimPath = provider.url().substring(provider.url().indexOf("/accounting/claims/")).replace("#claim-lines", "");

        Page officer = logIn("admin", "admin-test-password");
        officer.navigate(claimPath);
        officer.locator("#claim-lines tbody tr").nth(0).locator("button[id^=accept-]").click();
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        officer.locator("#claim-lines tbody tr").nth(1).locator("input[name=reason]").fill("Registro non firmato");
        officer.locator("#claim-lines tbody tr").nth(1).locator("button[id^=reject-]").click();
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(officer.locator("#notice")).containsText("Voce respinta");
        officer.locator("#claim-verify").click();
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        officer.locator("#claim-paid").click();
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(officer.locator("#notice")).hasText("Pagamento registrato.");
        assertThat(officer.locator("#claim-totals")).containsText("93,75 €");
        BrowserTestSupport.screenshot(officer, "accounting-claim-paid");

        officer.navigate("/accounting?call=" + fixture.callCode);
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(officer.locator("#budget-chart")).hasAttribute("data-drawn", "true");
        assertThat(officer.locator("#budget-overview")).containsText("93,75");
        BrowserTestSupport.screenshot(officer, "accounting-overview");
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    /**
     * A provider types a trainee's IBAN as it is printed, with spaces: a wrong CIN is refused with its own
     * message and the field keeps what was typed; the right one is saved compact and shown in groups of four.
     */
    @Test
    void aProviderTypesAnIbanWithSpacesAndSeesItInGroupsOfFour() {
        AccountingFixture fixture = AccountingFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        LocalDate start = fixture.today.minusMonths(1);
        long clearance = fixture.grantedClearance("Warsame", start.minusDays(20));
        fixture.internship(clearance, start, start.plusMonths(6).minusDays(1));
        long person = jdbc.sql("SELECT participant_id FROM clearance.clearance WHERE id = :c").param("c", clearance)
                .query(Long.class).single();
        String wrongCin = "Y0542811101000000123456";
        String typedWrong = "IT" + Iban.checkDigits("IT", wrongCin) + " Y054 2811 1010 0000 0123 456";

        Page provider = logIn(fixture.operator.username(), TestUsers.PASSWORD);
        provider.navigate("/accounting/payees/PARTICIPANT/" + person);
        provider.locator("#iban").fill(typedWrong);
        provider.locator("#payee-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#iban-error")).hasText("L'IBAN non è valido: il CIN (5° carattere) è \"Y\" ma per "
                + "ABI, CAB e conto dovrebbe essere \"X\". Verifica di averlo trascritto correttamente.");
        assertThat(provider.locator("#iban")).hasValue(typedWrong);
        BrowserTestSupport.screenshot(provider, "payee-iban-wrong-cin");

        provider.locator("#iban").fill("it60 x054 2811 1010 0000 0123 456");
        provider.locator("#payee-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#notice")).hasText("IBAN salvato.");
        assertThat(provider.locator("#iban")).hasValue("IT60 X054 2811 1010 0000 0123 456");
        assertThat(jdbc.sql("SELECT iban FROM accounting.participant_account WHERE participant_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("IT60X0542811101000000123456");
        BrowserTestSupport.screenshot(provider, "payee-iban-saved");
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    private Page logIn(String username, String password) {
        Page page = browser.open("http://localhost:" + port);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text() + " at " + message.location());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }
}
