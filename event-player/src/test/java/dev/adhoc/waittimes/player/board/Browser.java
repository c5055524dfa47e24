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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium driven by Selenium through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}), never Selenium Manager (it would download a browser). If they are missing the tests
 * FAIL, naming the command that installs them, unless {@value #SKIP_PROPERTY} is set: CI installs them, and a
 * silent skip would hide a broken CI.
 */
final class Browser implements AutoCloseable {
    /** {@code -Dboard.browser.skip=true} skips the browser tests on a machine without Chromium. */
    static final String SKIP_PROPERTY = "board.browser.skip";
    /** Overrides of the binaries' paths. */
    static final String CHROMIUM_PROPERTY = "board.chromium";
    static final String CHROMEDRIVER_PROPERTY = "board.chromedriver";
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

    static Browser start() {
        if (Boolean.getBoolean(SKIP_PROPERTY)) {
            Assumptions.abort("browser tests skipped by -D" + SKIP_PROPERTY);
        }
        File chromium = new File(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            fail("the board's browser tests need Chromium and its driver, " + chromium + " and " + chromedriver
                    + ": install them with 'apt-get update && apt-get install -y chromium chromium-driver' "
                    + "(as .ci/run does), or skip these tests with -D" + SKIP_PROPERTY + "=true");
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
