package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.player.io.EventInputs;
import dev.adhoc.waittimes.player.io.EventSource;
import dev.adhoc.waittimes.player.io.InputItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.opentest4j.TestAbortedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The board in a real browser (headless Chromium through Selenium): one browser for the class, a fresh extension
 * and board per test, fed event by event in this process; every wait is for a condition on the page. Without the
 * browser every test is skipped with the reason ({@link Browser}).
 */
class BoardBrowserTest {
    private static final Path SAMPLE = Path.of(System.getProperty("repo.root", "..")).resolve("samples/coffee-bar-day.jsonl");
    private static Browser browser;
    private static WebDriver page;
    private static TestAbortedException browserMissing;

    private final BusEvents events = new BusEvents();
    private BoardRun run;

    @BeforeAll
    static void startBrowser() {
        // BoardBrowserRequirementTest runs this class once more in the same JVM, browser paths pointing nowhere:
        // what that run found must not decide this one
        browserMissing = null;
        try {
            browser = Browser.start();
            page = browser.driver();
        } catch (TestAbortedException missing) {
            browserMissing = missing; // each test reports it, so that the skip is counted and shown
        }
    }

    @BeforeEach
    void skipWithoutABrowser() {
        if (browserMissing != null) {
            Assumptions.abort(browserMissing.getMessage());
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void stopBoard() {
        if (run != null) {
            run.close();
        }
        if (page != null) {
            page.manage().window().setSize(new Dimension(1200, 900));
        }
    }

    private void open(BoardRun board) {
        run = board;
        page.get(run.uri().toString());
    }

    private void waitForText(By element, String text) {
        browser.waiting().until(ExpectedConditions.textToBe(element, text));
    }

    private static By drink(String tenant, String drink, String part) {
        return By.cssSelector("[data-tenant='" + tenant + "'] [data-drink='" + drink + "'] ." + part);
    }

    /** @return seconds, read from a wait as the page writes it for a customer: "45 s", "2 min", "1 min 42 s" */
    static long secondsShown(String text) {
        Matcher wait = Pattern.compile("(?:(\\d+) min)? ?(?:(\\d+) s)?").matcher(text);
        assertThat(wait.matches() && !text.isEmpty()).as("a wait as a customer reads it: '%s'", text).isTrue();
        return (wait.group(1) == null ? 0 : 60 * Long.parseLong(wait.group(1)))
                + (wait.group(2) == null ? 0 : Long.parseLong(wait.group(2)));
    }

    @Test
    void the_page_shows_the_empty_state_until_the_first_completed_order() {
        open(BoardRun.replay());
        waitForText(By.id("status"), "live");
        WebElement empty = page.findElement(By.id("empty"));
        assertThat(empty.isDisplayed()).isTrue();
        assertThat(empty.getText()).startsWith("Waiting for the first completed order");
        waitForText(By.id("clock"), "\u2014");

        run.feed(events.submitted("NYC", "o1", "Caffe Latte", 30));
        waitForText(By.id("clock"), "08:00:30 UTC, 2026-11-27");
        assertThat(empty.isDisplayed()).as("an order was submitted, none completed").isTrue();
        assertThat(page.findElements(By.cssSelector("[data-tenant]"))).isEmpty();

        run.feed(events.completed("NYC", "o1", 100));
        waitForText(drink("NYC", "Caffe Latte", "avg"), "1 min 10 s");
        assertThat(empty.isDisplayed()).isFalse();
        waitForText(By.id("clock"), "08:01:40 UTC, 2026-11-27");
    }

    @Test
    void a_replayed_stream_shows_its_figures_per_tenant_and_drink_and_a_new_completion_updates_them() {
        open(BoardRun.replay());
        run.feed(events.submitted("NYC", "n1", "Caffe Latte", 0), events.completed("NYC", "n1", 60),
                events.submitted("NYC", "n2", "Caffe Latte", 20), events.completed("NYC", "n2", 170),
                events.submitted("NYC", "n3", "Caffe Latte", 40), events.completed("NYC", "n3", 130),
                events.submitted("LDN", "l1", "Espresso", 50), events.completed("LDN", "l1", 95));
        // NYC Caffe Latte waited 60, 150 and 90 s: average 100 s, nearest-rank p50 90 s, p90 150 s.
        waitForText(drink("NYC", "Caffe Latte", "avg"), "1 min 40 s");
        assertThat(page.findElement(drink("NYC", "Caffe Latte", "p50")).getText()).isEqualTo("1 min 30 s");
        assertThat(page.findElement(drink("NYC", "Caffe Latte", "p90")).getText()).isEqualTo("2 min 30 s");
        assertThat(page.findElement(drink("NYC", "Caffe Latte", "samples")).getText()).isEqualTo("from the last 3 orders");
        waitForText(drink("LDN", "Espresso", "avg"), "45 s");
        assertThat(page.findElement(drink("LDN", "Espresso", "samples")).getText()).isEqualTo("from 1 order");
        assertThat(page.findElements(By.cssSelector("section.tenant h2"))).extracting(WebElement::getText)
                .containsExactly("LDN", "NYC");
        waitForText(By.id("clock"), "08:02:50 UTC, 2026-11-27");
        assertThat(points(drink("NYC", "Caffe Latte", "spark polyline"))).isEqualTo(3);

        // A new completion: 300 s for the fourth latte moves the average to 2 min 30 s.
        run.feed(events.submitted("NYC", "n4", "Caffe Latte", 100), events.completed("NYC", "n4", 400));
        waitForText(drink("NYC", "Caffe Latte", "avg"), "2 min 30 s");
        assertThat(page.findElement(drink("NYC", "Caffe Latte", "samples")).getText()).isEqualTo("from the last 4 orders");
        assertThat(points(drink("NYC", "Caffe Latte", "spark polyline"))).isEqualTo(4);
        waitForText(By.id("clock"), "08:06:40 UTC, 2026-11-27");
        assertThat(page.findElement(drink("LDN", "Espresso", "avg")).getText()).as("untouched").isEqualTo("45 s");
    }

    private int points(By polyline) {
        return page.findElement(polyline).getAttribute("points").trim().split("\\s+").length;
    }

    @Test
    void the_sample_day_shows_the_contracts_figures_and_reads_on_a_phone() throws Exception {
        open(BoardRun.replay());
        try (InputStream in = Files.newInputStream(SAMPLE);
             EventSource source = EventInputs.open(in, EventInputs.DEFAULT_MAX_EVENT_BYTES)) {
            InputItem item;
            while ((item = source.next()) != null) {
                run.feed(item);
            }
        }
        run.state.finished();
        waitForText(By.id("status"), "replay finished");
        waitForText(By.id("clock"), "09:43:39 UTC, 2026-11-27");

        List<SampleDay.Figures> expected = SampleDay.windows(SAMPLE);
        List<List<String>> shown = shownRows();
        assertThat(shown).hasSize(18).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SampleDay.Figures figures = expected.get(i);
            List<String> row = shown.get(i);
            assertThat(row.subList(0, 2)).containsExactly(figures.tenant(), figures.drink());
            // the page rounds to the second: within half a second of the mean, exact for the percentiles
            assertThat((double) secondsShown(row.get(2))).as(row.toString()).isCloseTo(figures.mean(), within(0.5));
            assertThat(secondsShown(row.get(3))).as(row.toString()).isEqualTo(figures.p50());
            assertThat(secondsShown(row.get(4))).as(row.toString()).isEqualTo(figures.p90());
            assertThat(row.get(5)).isEqualTo(figures.samples() == 1 ? "from 1 order"
                    : "from the last " + figures.samples() + " orders");
        }

        page.manage().window().setSize(new Dimension(320, 700)); // the narrowest phones in use
        browser.waiting().until(d -> pixels("window.innerWidth") <= 320);
        assertThat(pixels("document.documentElement.scrollWidth")).as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(pixels("window.innerWidth"));
        List<WebElement> tenants = page.findElements(By.cssSelector("section.tenant"));
        assertThat(tenants.get(1).getRect().getY()).as("tenants stack on a phone")
                .isGreaterThanOrEqualTo(tenants.get(0).getRect().getY() + tenants.get(0).getRect().getHeight());

        BufferedImage screenshot = ImageIO.read(browser.screenshot("board-phone.png").toFile());
        double scale = ((Number) ((JavascriptExecutor) page).executeScript("return window.devicePixelRatio;")).doubleValue();
        assertThat(screenshot.getWidth()).as("the phone's width").isEqualTo(Math.round(pixels("window.innerWidth") * scale));
        Rectangle average = page.findElement(By.cssSelector("section.tenant li.drink .avg")).getRect();
        assertThat(colours(screenshot, average, scale)).as("the first average is drawn, not a blank area")
                .hasSizeGreaterThan(1);
    }

    /** @return the distinct colours of the screenshot inside an element's box */
    private static Set<Integer> colours(BufferedImage image, Rectangle box, double scale) {
        Set<Integer> colours = new HashSet<>();
        for (int x = (int) (box.getX() * scale); x < Math.min(image.getWidth(), (box.getX() + box.getWidth()) * scale); x++) {
            for (int y = (int) (box.getY() * scale); y < Math.min(image.getHeight(), (box.getY() + box.getHeight()) * scale); y++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    /** @return every drink row as the page shows it, in page order: tenant, drink, average, p50, p90, samples */
    @SuppressWarnings("unchecked")
    private List<List<String>> shownRows() {
        return (List<List<String>>) ((JavascriptExecutor) page).executeScript(
                "return [...document.querySelectorAll('section.tenant li.drink')].map(li => ["
                        + "li.closest('section').querySelector('h2').innerText, li.querySelector('.name').innerText, "
                        + "li.querySelector('.avg').innerText, li.querySelector('.p50').innerText, "
                        + "li.querySelector('.p90').innerText, li.querySelector('.samples').innerText]);");
    }

    private long pixels(String expression) {
        return ((Number) ((JavascriptExecutor) page).executeScript("return " + expression + ";")).longValue();
    }

    @Test
    void a_reloaded_page_gets_the_current_board_first_then_the_changes() {
        open(new BoardRun("simulate", OptionalDouble.of(60)));
        run.feed(events.submitted("NYC", "o1", "Mocha", 0), events.completed("NYC", "o1", 125));
        waitForText(drink("NYC", "Mocha", "avg"), "2 min 5 s");
        assertThat(page.findElement(By.id("clock-label")).getText()).isEqualTo("Simulated time");
        assertThat(page.findElement(By.id("speed")).getText()).isEqualTo("\u00b7 60\u00d7 real time");

        page.navigate().refresh();
        waitForText(drink("NYC", "Mocha", "avg"), "2 min 5 s");
        run.feed(events.submitted("NYC", "o2", "Mocha", 130), events.completed("NYC", "o2", 185));
        waitForText(drink("NYC", "Mocha", "avg"), "1 min 30 s"); // (125 s + 55 s) / 2
    }

    @Test
    void the_page_says_when_the_player_has_stopped() {
        open(BoardRun.replay());
        waitForText(By.id("status"), "live");
        run.server.close();
        waitForText(By.id("status"), "stopped: the player has ended");
    }
}
