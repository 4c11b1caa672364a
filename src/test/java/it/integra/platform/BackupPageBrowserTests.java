package it.integra.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator takes a backup on Amministrazione > Backup, sees it listed and downloads it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupPageBrowserTests {

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @LocalServerPort
    int port;

    @Test
    void anAdministratorTakesABackupSeesItListedAndDownloadsIt() throws Exception {
        Page page = browser.open("http://localhost:" + port);
        page.navigate("/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("admin-test-password");
        page.locator("button[type=submit]").click();
        page.navigate("/admin/backups");
        int before = page.locator("#backups-table tbody tr").count();

        page.locator("#backup-create").click();

        Locator rows = page.locator("#backups-table tbody tr");
        assertThat(rows).hasCount(before + 1);
        String name = rows.first().locator("code").textContent();
        assertThat(name).endsWith(".zip");
        assertThat(page.locator("main")).containsText("Backup " + name + " creato.");
        BrowserTestSupport.screenshot(page, "backups");

        Download download = page.waitForDownload(() -> rows.first().locator("a").click());
        assertThat(download.suggestedFilename()).isEqualTo(name);
        boolean holdsTheCluster = false;
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                holdsTheCluster |= entry.getName().endsWith("PG_VERSION");
            }
        }
        assertThat(holdsTheCluster).as("the download is the base backup, with the cluster's PG_VERSION").isTrue();
    }
}
