package it.integra.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's first visit: a mistyped password, the Italian home page, English, and logging out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeJourneyBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;

    @Test
    void logsInSeesTheHomePageInItalianSwitchesToEnglishAndLogsOut() throws Exception {
        Page page = browser.open("http://localhost:" + port);
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.url().endsWith("/login")) {
                consoleErrors.add(response.status() + " " + response.url());
            }
        });

        page.navigate("/");
        assertThat(page).hasURL("http://localhost:" + port + "/login");
        logIn(page, "admin", "not-the-password");
        assertThat(page.locator("#login-error")).hasText("Nome utente o password non validi.");
        assertThat(page.locator("#username")).hasValue("admin");

        logIn(page, "admin", "admin-test-password");
        assertThat(page.locator("h1")).hasText("Benvenuto, Amministratore");
        assertThat(page.locator("#main-nav .nav-link")).hasText(new String[] {"Programmi", "Enti", "Destinatari",
                "Nulla osta", "Tirocini", "Servizi e dote", "Esiti", "Monitoraggio", "Amministrazione"});
        assertThat(page.locator(".breadcrumb")).hasText("Home");
        assertThat(page.locator("footer")).containsText("Informativa privacy");
        assertThat(page.locator("html")).hasAttribute("lang", "it");
        assertLooksLikeBootstrapItalia(page);
        Path screenshot = BrowserTestSupport.screenshot(page, "home-it");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);

        page.locator("#user-menu").click();
        page.locator("#change-password-link").click();
        assertThat(page.locator("h1")).hasText("Cambia password");
        page.navigate("/");

        page.locator("#language-menu").click();
        page.locator("#lang-en").click();
        assertThat(page.locator("h1")).hasText("Welcome, Amministratore");
        assertThat(page.locator("#nav-programmes")).hasText("Programmes");
        assertThat(page.locator("#nav-admin")).hasText("Administration");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        BrowserTestSupport.screenshot(page, "home-en");

        page.locator("#logout").click();
        assertThat(page.locator("#login-logout")).hasText("You have logged out of Integra.");
        assertThat(consoleErrors).as("console errors, such as refused inline scripts").isEmpty();
    }

    private static void logIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Bootstrap Italia's stylesheet and script are applied and its fonts, loaded by script, are in use. */
    private static void assertLooksLikeBootstrapItalia(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("() => document.fonts.ready");
        assertThat(page.evaluate("() => document.fonts.check('16px \"Titillium Web\"')")).isEqualTo(true);
        assertThat(page.evaluate("() => getComputedStyle(document.body).fontFamily").toString()).startsWith("\"Titillium Web\"");
        assertThat(page.evaluate("() => typeof window.bootstrap")).isEqualTo("object");
        Locator header = page.locator(".it-header-center-wrapper");
        assertThat(header.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo("rgb(0, 102, 204)");
    }
}
