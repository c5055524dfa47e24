package dev.adhoc.waittimes.player.board;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium driven by Selenium through the system's chromedriver, never Selenium Manager (it would download a
 * browser). Their paths are the system properties {@value #CHROMIUM_PROPERTY} and {@value #DRIVER_PROPERTY}, Debian's
 * {@code chromium} and {@code chromium-driver} by default. Where they are missing, the browser tests are skipped with
 * the reason and the command that installs them; with {@code CI=true} they fail instead, so that CI never skips them
 * silently.
 */
final class Browser implements AutoCloseable {
    /** {@code -Dboard.browser.chromium=PATH}: the Chromium (or Chrome) binary. */
    static final String CHROMIUM_PROPERTY = "board.browser.chromium";
    /** {@code -Dboard.browser.driver=PATH}: the matching chromedriver. */
    static final String DRIVER_PROPERTY = "board.browser.driver";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    /** How long a page condition may take at most; waits end as soon as it holds. */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Held, so that its level stays set: Selenium warns that it has no DevTools bindings for this Chromium. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser this machine has, as the system properties and the environment say. */
    static Browser start() {
        return start(System.getProperties(), System.getenv());
    }

    /**
     * @throws org.opentest4j.TestAbortedException if the browser or its driver is missing (the tests are skipped)
     * @throws AssertionError                      if they are missing and {@code CI=true}
     */
    static Browser start(Properties properties, Map<String, String> environment) {
        File chromium = new File(properties.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM));
        File chromedriver = new File(properties.getProperty(DRIVER_PROPERTY, DEFAULT_DRIVER));
        List<String> missing = Stream.of(chromium, chromedriver).filter(f -> !f.canExecute()).map(File::getPath).toList();
        if (!missing.isEmpty()) {
            String why = "the board's browser tests need Chromium and its driver; missing: " + String.join(", ", missing)
                    + ". Install them with `" + INSTALL + "` (Debian, as root), or point -D" + CHROMIUM_PROPERTY
                    + "=PATH and -D" + DRIVER_PROPERTY + "=PATH at them";
            if ("true".equalsIgnoreCase(environment.get("CI"))) {
                fail(why + " (CI=true: CI must run these tests)");
            }
            Assumptions.abort(why);
        }
        SELENIUM_LOG.setLevel(Level.SEVERE); // DevTools bindings are not used here
        Path profile;
        try {
            profile = Files.createTempDirectory("board-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1200,900", "--hide-scrollbars",
                // nothing but loopback is reachable here: no background traffic, updates, sync or QUIC
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions");
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** @return a wait that polls the page often, up to {@link #PATIENCE} */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.pollingEvery(Duration.ofMillis(25));
        return wait;
    }

    /** Saves what the browser shows, as a test artifact under target/ (never committed). */
    Path screenshot(String name) {
        try {
            Path file = Path.of("target", "board-screenshots", name);
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind
            }
        }
    }
}
