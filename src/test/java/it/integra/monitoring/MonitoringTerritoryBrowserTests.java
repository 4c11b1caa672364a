package it.integra.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import it.integra.platform.BrowserTestSupport;
import it.integra.shared.Territory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national province table of Monitoraggio on the demo: regions with their provinces, sorted by a
 * column without a province leaving its region, and the records behind a province's figure two clicks
 * away (the region, then the figure). Piemonte's figures are the published ones (domain.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "integra.demo=true")
class MonitoringTerritoryBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;

    @Test
    void sortsRegionsAndTheirProvincesAndDrillsDownThroughARegion() {
        Page page = logIn();
        page.navigate("/monitoring?programme=PUOI");
        Locator table = page.locator("#territory-table");
        assertThat(table.locator("caption")).containsText("Province raggruppate per regione");
        assertThat(table.locator("tbody td a")).hasCount(0);

        table.locator("thead button", new Locator.LocatorOptions().setHasText("Totale")).click();
        assertThat(table.locator("thead th").last()).hasAttribute("aria-sort", "descending");
        List<Group> sorted = groups(table);
        assertThat(sorted).extracting(Group::total).isSortedAccordingTo(Comparator.reverseOrder());
        for (Group group : sorted) {
            assertThat(group.provinceTotals()).as(group.region()).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(group.provinceTotals().stream().mapToLong(Long::longValue).sum()).as(group.region())
                    .isEqualTo(group.total());
            group.provinces().forEach(code -> assertThat(Territory.province(code).orElseThrow().regionCode())
                    .as(code).isEqualTo(Territory.regions().stream().filter(r -> r.name().equals(group.region()))
                            .findFirst().orElseThrow().code()));
        }
        table.locator("thead button", new Locator.LocatorOptions().setHasText("Totale")).click();
        assertThat(table.locator("thead th").last()).hasAttribute("aria-sort", "ascending");
        assertThat(groups(table)).extracting(Group::total).isSorted();

        table.locator("tr.region a", new Locator.LocatorOptions().setHasText("Piemonte")).click();
        assertThat(page.locator("#region")).hasValue("01");
        Locator torino = page.locator("#territory-table tbody tr", new Page.LocatorOptions().setHasText("Torino"));
        assertThat(torino.locator("td")).hasText(new String[] {"71", "191", "23", "106", "62", "262"});
        assertThat(page.locator("#territory-table tfoot td")).hasText(new String[] {"86", "217", "30", "115", "72", "303"});
        torino.locator("td a").last().click();
        assertThat(page.locator("#records-total")).hasText("Record: 262");
    }

    @Test
    void theNationalPageFitsAPhoneScreen() throws Exception {
        Page page = logIn();
        page.setViewportSize(390, 844);
        page.navigate("/monitoring?programme=PUOI");
        assertThat(page.locator("#territory-table")).isVisible();
        assertThat(page.locator("#territory-chart")).hasAttribute("data-drawn", "true");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(Files.size(BrowserTestSupport.screenshot(page, "monitoring-390"))).isGreaterThan(10_000);
        page.locator("#territory-table").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/monitoring-390-table.png")));
        page.setViewportSize(1280, 900);
        assertThat(Files.size(BrowserTestSupport.screenshot(page, "monitoring-1280"))).isGreaterThan(10_000);
        page.locator("#territory-table").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/monitoring-1280-table.png")));
    }

    private Page logIn() {
        Page page = browser.open("http://localhost:" + port);
        page.navigate("/login");
        page.locator("#username").fill("funzionario");
        page.locator("#password").fill("demo-funzionario");
        page.locator("#login-submit").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private record Group(String region, long total, List<String> provinces, List<Long> provinceTotals) {
    }

    private static List<Group> groups(Locator table) {
        List<Group> groups = new ArrayList<>();
        for (Locator body : table.locator("tbody").all()) {
            Locator head = body.locator("tr.region");
            List<String> provinces = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (Locator row : body.locator("tr:not(.region)").all()) {
                provinces.add(row.locator("th small").textContent().trim());
                totals.add(Long.parseLong(row.locator("td").last().textContent().trim()));
            }
            groups.add(new Group(head.locator("th").textContent().trim(),
                    Long.parseLong(head.locator("td").last().textContent().trim()), provinces, totals));
        }
        return groups;
    }
}
