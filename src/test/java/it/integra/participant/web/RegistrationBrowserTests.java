package it.integra.participant.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.integra.participant.Fixtures;
import it.integra.platform.TestUsers;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An operator registers a person who has only a provisional tax code, and prints their PAI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationBrowserTests {

    static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @Test
    void anOperatorRegistersAPersonWithAProvisionalTaxCodeAndGeneratesThePai() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        Fixtures.Operator operator = fixtures.providerWithOperator("browser");
        String code = Fixtures.provisionalCode();
        Page page = chromium.open("http://localhost:" + port);
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("404")) {
                problems.add(message.text());
            }
        });

        page.navigate("/login");
        page.locator("#username").fill(operator.username());
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("#login-submit").click();
        page.navigate("/participants");
        page.locator("#new-participant").click();

        page.locator("#taxCode").fill(code);
        page.locator("#familyName").fill("Camara");
        page.locator("#givenName").fill("Ibrahima");
        page.locator("#sex").selectOption("M");
        page.locator("#birthDate").fill("1999-04-12");
        page.locator("#birthCountry").selectOption("GN");
        page.locator("#citizenship").selectOption("GN");
        page.locator("#targetGroup").selectOption("INTERNATIONAL_PROTECTION");
        page.locator("#permitType").selectOption("ASYLUM_APPLICATION");
        page.locator("#languageKnowledge").selectOption("BASIC");
        page.locator("label[for=certificate-A1]").click();
        assertThat(page.locator("#certificate-A1")).isChecked();
        Chromium.screenshot(page, "participant-form");
        page.locator("#participant-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator("#person-name")).hasText("Camara Ibrahima");
        assertThat(page.locator("#person-tax-code")).hasText(code);
        assertThat(page.locator("#badge-provisional")).isVisible();
        assertThat(page.locator("#notice")).hasText("Persona registrata.");
        page.locator("#tab-intake").click();
        assertThat(page.locator("#panel-intake")).isVisible();
        Chromium.screenshot(page, "participant-intake");

        Download download = page.waitForDownload(() -> page.locator(".download-pai").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("PAI-" + code + ".pdf");
        String text;
        try (PdfReader reader = new PdfReader(Files.readAllBytes(download.path()))) {
            text = new PdfTextExtractor(reader).getTextFromPage(1);
        }
        assertThat(text).contains("Piano di azione individuale (PAI)", "Camara Ibrahima", code, "(provvisorio)");
        assertThat(problems).as("console errors").isEmpty();
        fixtures.removeCreated();
    }
}
