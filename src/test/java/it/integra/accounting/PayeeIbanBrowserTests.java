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
 * A provider types a trainee's IBAN as it is printed, with spaces: a wrong CIN is refused with its own
 * message and the field keeps what was typed; the right one is saved compact and shown in groups of four.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayeeIbanBrowserTests {

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
