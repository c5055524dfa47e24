package dev.adhoc.waittimes.player.board;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.TestAbortedException;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * Without Chromium or its driver the browser tests are skipped, saying why and how to install them; with
 * {@code CI=true} they fail. No browser is started here.
 */
class BoardBrowserRequirementTest {
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private static Properties paths(String chromium, String driver) {
        Properties properties = new Properties();
        properties.setProperty(Browser.CHROMIUM_PROPERTY, chromium);
        properties.setProperty(Browser.DRIVER_PROPERTY, driver);
        return properties;
    }

    @Test
    void a_missing_browser_skips_the_tests_with_the_reason_and_the_install_command() {
        assertThatThrownBy(() -> Browser.start(paths("/nowhere/chromium", "/nowhere/chromedriver"), Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContainingAll("missing: /nowhere/chromium, /nowhere/chromedriver", INSTALL,
                        "-Dboard.browser.chromium=PATH", "-Dboard.browser.driver=PATH");
    }

    @Test
    void only_what_is_missing_is_named() {
        assertThatThrownBy(() -> Browser.start(paths("/bin/sh", "/nowhere/chromedriver"), Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("missing: /nowhere/chromedriver.")
                .hasMessageNotContaining("/bin/sh");
    }

    @Test
    void with_CI_true_a_missing_browser_fails_the_tests() {
        assertThatThrownBy(() -> Browser.start(paths("/nowhere/chromium", "/bin/sh"), Map.of("CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("missing: /nowhere/chromium", INSTALL, "CI=true: CI must run these tests");
    }

    /**
     * The browser test class itself, run with the browser's path pointing nowhere: on a laptop each of its five tests
     * is skipped (so the build counts and names them), on CI the class fails.
     */
    @Test
    void the_browser_test_class_skips_each_of_its_tests_or_fails_on_CI() {
        String before = System.getProperty(Browser.CHROMIUM_PROPERTY);
        System.setProperty(Browser.CHROMIUM_PROPERTY, "/nowhere/chromium");
        EngineExecutionResults results;
        try {
            results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BoardBrowserTest.class)).execute();
        } finally {
            if (before == null) {
                System.clearProperty(Browser.CHROMIUM_PROPERTY);
            } else {
                System.setProperty(Browser.CHROMIUM_PROPERTY, before);
            }
        }

        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(results.testEvents().started().count()).isZero();
            results.containerEvents().assertThatEvents().haveExactly(1, event(container(BoardBrowserTest.class),
                    finishedWithFailure(message(m -> m.contains("/nowhere/chromium") && m.contains("CI=true")))));
        } else {
            assertThat(results.testEvents().started().count()).isEqualTo(5);
            results.testEvents().assertThatEvents().haveExactly(5,
                    event(abortedWithReason(message(m -> m.contains("/nowhere/chromium") && m.contains(INSTALL)))));
        }
    }
}
