package it.integra.participant.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium for this module's browser tests, as the stack notes prescribe: the system
 * Chromium ({@code /usr/bin/chromium}, or {@code integra.chromium}), no download, HOME under target/.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        Path executable = Path.of(System.getProperty("integra.chromium", "/usr/bin/chromium"));
        Path home = Path.of("target", "browser-home").toAbsolutePath();
        try {
            Files.createDirectories(home.resolve(".config"));
            Files.createDirectories(home.resolve(".cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.isExecutable(executable) ? "1" : "0",
                "HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS).setEnv(env);
        if (Files.isExecutable(executable)) {
            options.setExecutablePath(executable);
        }
        browser = playwright.chromium().launch(options);
    }

    Page open(String baseUrl) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("it-IT")
                .setViewportSize(1280, 900).setAcceptDownloads(true)).newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
