package it.integra.platform;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium for browser tests, one per test class, a fresh context (cookies, language) per
 * page. Register it with {@code @RegisterExtension static final BrowserTestSupport browser = new BrowserTestSupport();}
 * and open pages with {@link #open(String)}.
 *
 * <p>The browser is the system Chromium ({@code /usr/bin/chromium}, or the path in the system property
 * {@code integra.chromium} / environment variable {@code INTEGRA_CHROMIUM}); without one Playwright
 * uses, or downloads, its own. HOME and the XDG folders point under {@code target/} so the browser
 * writes nothing elsewhere.
 */
public final class BrowserTestSupport implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final Path TARGET = Path.of("target");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        Path chromium = chromium();
        Map<String, String> env = environment(chromium);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS).setEnv(env);
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    /** A new page in a new browser context (no cookies), whose relative URLs resolve against {@code baseUrl}. */
    public Page open(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setLocale("it-IT").setViewportSize(1280, 900));
        contexts.add(context);
        return context.newPage();
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path file = TARGET.resolve("screenshots").resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
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

    private static Path chromium() {
        String configured = System.getProperty("integra.chromium", System.getenv("INTEGRA_CHROMIUM"));
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    private static Map<String, String> environment(Path chromium) {
        Path home = TARGET.resolve("browser-home").toAbsolutePath();
        try {
            Files.createDirectories(home.resolve(".config"));
            Files.createDirectories(home.resolve(".cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                // a system Chromium is used as is: Playwright must not try to download its own
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.isExecutable(chromium) ? "1" : "0",
                "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString());
    }
}
