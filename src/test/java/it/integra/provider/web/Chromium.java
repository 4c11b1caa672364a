package it.integra.provider.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium for this module's browser test, until the platform's shared browser support
 * reaches this branch: the system Chromium ({@code /usr/bin/chromium}, or the path in the property
 * {@code integra.chromium}), never a downloaded one, with its home and caches under {@code target/}.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path HOME = Path.of("target", "browser-home").toAbsolutePath();
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, String> env = environment();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS).setEnv(env)
                .setExecutablePath(Path.of(System.getProperty("integra.chromium", "/usr/bin/chromium"))));
    }

    /** A page of its own browser context (its own cookies), in Italian, whose relative URLs resolve against {@code baseUrl}. */
    Page open(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setLocale("it-IT").setViewportSize(1280, 900));
        return context.newPage();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Map<String, String> environment() {
        try {
            Files.createDirectories(HOME.resolve(".config"));
            Files.createDirectories(HOME.resolve(".cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "HOME", HOME.toString(),
                "XDG_CONFIG_HOME", HOME.resolve(".config").toString(), "XDG_CACHE_HOME", HOME.resolve(".cache").toString());
    }
}
