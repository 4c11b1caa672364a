package it.integra.internship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import it.integra.platform.BrowserTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The host form in a browser: a new host is offered ATECO 2025; typing words of a title fills the
 * suggestions with that edition's codes, typing a code's beginning in ATECO 2007 with 2007's; the
 * host saved with a suggested code shows its title, edition, section and "Fonte: Istat".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostAtecoSuggestionBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void theHostFormSuggestsCodesOfTheChosenEditionAsTheUserTypes() {
        String taxCode = InternshipFixture.ready(jdbc).hostTaxCode();
        Page page = logIn();
        page.navigate("/internships/hosts/new");
        assertThat(page.locator("#atecoEdition")).hasValue("2025");

        page.locator("#ateco").pressSequentially("programmazione informatica");
        Locator programming = page.locator("#ateco-suggestions option[value='62.10']");
        programming.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(programming).hasText("62.10 - Attività di programmazione informatica");
        assertThat(page.locator("#ateco-suggestions option[value='62.01']")).hasCount(0);

        page.selectOption("#atecoEdition", "2007");
        page.locator("#ateco").fill("");
        page.locator("#ateco").pressSequentially("62.0");
        Locator software = page.locator("#ateco-suggestions option[value='62.01']");
        software.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator("#ateco-suggestions option[value='62.10']")).hasCount(0);

        page.selectOption("#atecoEdition", "2025");
        page.locator("#ateco").fill("62.10");
        page.locator("#taxCode").fill(taxCode);
        page.locator("#name").fill("Codici Srl");
        page.selectOption("#province", "TO");
        page.locator("#employees").fill("12");
        page.locator("#tutorName").fill("Marta Gialli");
        page.locator("#host-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator("#host-ateco")).containsText("62.10");
        assertThat(page.locator("#host-ateco")).containsText("ATECO 2025");
        assertThat(page.locator("#host-ateco")).containsText("Attività di programmazione informatica");
        assertThat(page.locator("#host-ateco")).containsText("Sezione K - Telecomunicazioni");
        assertThat(page.locator("#host-ateco")).containsText("Fonte: Istat");
        assertThat(jdbc.sql("SELECT ateco || ' ' || ateco_edition FROM internship.host WHERE tax_code = :code")
                .param("code", taxCode).query(String.class).single()).isEqualTo("62.10 2025");
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    private Page logIn() {
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
        page.locator("#username").fill("admin");
        page.locator("#password").fill("admin-test-password");
        page.locator("#login-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }
}
