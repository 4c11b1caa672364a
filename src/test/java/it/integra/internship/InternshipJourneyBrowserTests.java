package it.integra.internship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.integra.platform.BrowserTestSupport;
import it.integra.platform.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The heart of the programme in a browser: a provider requests a clearance, an officer grants it, the provider starts the internship. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InternshipJourneyBrowserTests {

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
    void aProviderRequestsAClearanceTheOfficerGrantsItAndTheProviderStartsTheInternship() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc, encoder.encode(TestUsers.PASSWORD));
        long person = fixture.personInCharge();
        String host = fixture.hostTaxCode();

        Page provider = logIn(fixture.operator.username(), TestUsers.PASSWORD);
        provider.navigate("/clearances/new?participant=" + person);
        provider.selectOption("#callCode", fixture.callCode);
        provider.selectOption("#province", "TO");
        provider.locator("#plannedStart").fill(fixture.today.toString());
        provider.locator("#hostTaxCode").fill(host);
        provider.locator("#hostName").fill("Ristorante Il Portico");
        provider.locator("#hostAteco").fill("56.10.11");
        provider.selectOption("#hostProvince", "TO");
        provider.locator("#hostEmployees").fill("14");
        provider.locator("#conventionRef").fill("CONV-2025-17");
        provider.locator("#conventionOn").fill(fixture.today.minusDays(1).toString());
        provider.locator("#request-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#notice")).hasText("Richiesta di nulla osta inviata.");
        String clearancePath = provider.url().substring(provider.url().indexOf("/clearances/"));

        Page officer = logIn("admin", "admin-test-password");
        officer.navigate(clearancePath);
        officer.locator("#grant").click();
        officer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(officer.locator("#notice")).containsText("Nulla osta concesso");
        BrowserTestSupport.screenshot(officer, "journey-clearance-granted");

        provider.navigate(clearancePath);
        provider.locator("#start-internship").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#hostName")).hasValue("Ristorante Il Portico");
        assertThat(provider.locator("#hostEmployees")).hasValue("14");
        assertThat(provider.locator("#startDate")).hasValue(fixture.today.toString());
        provider.locator("#hostAddress").fill("Via Po 5, Torino");
        provider.locator("#companyTutorName").fill("Marco Esposito");
        provider.locator("#companyTutorRole").fill("Capo cuoco");
        provider.locator("#weeklyHours").fill("30");
        provider.locator("#start-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#form-errors")).containsText("errori");
        assertThat(provider.locator("#conventionAttached-error")).containsText("convenzione");
        provider.locator("label[for=conventionAttached]").click();
        provider.locator("label[for=pfiAttached]").click();
        provider.locator("#start-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(provider.locator("#notice")).hasText("Tirocinio avviato.");
        assertThat(provider.locator("h1")).containsText("Tirocinio TIR-" + fixture.today.getYear() + "-");
        assertThat(provider.locator("#planned-end")).hasText(date(fixture.today.plusMonths(6).minusDays(1)));
        assertThat(provider.locator("#attendance-table tbody tr")).hasCount(6);
        provider.locator("#plannedHours").fill("120");
        provider.locator("#attendedHours").fill("84");
        provider.locator("#attendance-submit").click();
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#month-1")).containsText("Dovuta");
        BrowserTestSupport.screenshot(provider, "journey-internship-started");

        provider.navigate(clearancePath);
        provider.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(provider.locator("#clearance-internship")).containsText("Ristorante Il Portico");
        assertThat(provider.locator("#start-internship")).hasCount(0);
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

    private static String date(java.time.LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
