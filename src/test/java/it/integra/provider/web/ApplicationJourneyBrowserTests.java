package it.integra.provider.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderTestData;
import it.integra.provider.ProviderTestData.Provider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The journey of issue 3 in a real browser: an operator applies to an open call, an officer admits the provider, the operator sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationJourneyBrowserTests {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;

    @Test
    void anOperatorAppliesAnOfficerDecidesEligibleAndTheOperatorSeesTheOutcome() throws Exception {
        ProviderTestData data = new ProviderTestData(jdbc, encoder, calls);
        Provider provider = data.provider();
        String operator = data.operator(provider.id(), false);
        String officer = data.staff(Role.OFFICER);
        String call = data.openCall();
        Path document = Files.writeString(Files.createDirectories(Path.of("target", "browser-files")).resolve("accreditamento.pdf"),
                "%PDF-1.4\naccreditamento regionale\n%%EOF", StandardCharsets.ISO_8859_1);

        Page asOperator = logIn(operator);
        asOperator.navigate("/programmes/calls/" + call);
        asOperator.locator("#apply-to-call").click();
        assertThat(asOperator.locator("#call")).hasValue(call);
        asOperator.locator("label[for=declaration]").click();
        asOperator.locator("#files").setInputFiles(document);
        asOperator.locator("#submit-application").click();
        assertThat(asOperator.locator("#notice")).containsText("Candidatura all'avviso " + call + " presentata");
        assertThat(asOperator.locator("#outcome")).hasText("In valutazione");
        assertThat(asOperator.locator("#attachments")).containsText("accreditamento.pdf");

        Page asOfficer = logIn(officer);
        asOfficer.navigate("/providers/applications?call=" + call);
        asOfficer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Valuta la candidatura di " + provider.name()))
                .click();
        asOfficer.locator("label[for=outcome-eligible]").click();
        asOfficer.locator("#decide").click();
        assertThat(asOfficer.locator("#notice")).hasText(provider.name() + " ammesso all'avviso.");
        assertThat(asOfficer.locator("#history-table")).containsText("Valutazione");

        asOperator.navigate("/providers/" + provider.id());
        assertThat(asOperator.locator("#applications-table tr", new Page.LocatorOptions().setHasText(call)))
                .containsText("Ammesso");
        asOperator.navigate("/programmes/calls/" + call);
        assertThat(asOperator.locator("#call-applications-table")).containsText("Ammesso");
    }

    private Page logIn(String username) {
        Page page = CHROMIUM.open("http://localhost:" + port);
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL("http://localhost:" + port + "/");
        return page;
    }
}
