package dev.adhoc.waittimes.extensions.alerts.acceptance;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensiontesting.ExtensionDriver;
import dev.adhoc.waittimes.extensiontesting.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Wait-time alerts in a bar manager's words: a drink is alerted when the 90th percentile wait of its last 20
 * completed orders rises above the threshold (5 minutes unless configured), and the alert clears when it falls back.
 * Every adapter set runs all of them: a subclass only says which.
 */
abstract class AlertScenarios {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private Duration threshold = Duration.ofMinutes(5);
    private ExtensionDriver<Duration, ObservedAlert> driver;

    /** @return the adapter set of one scenario */
    abstract Stores stores();

    private ExtensionDriver<Duration, ObservedAlert> driver() {
        if (driver == null) {
            driver = new ExtensionDriver<>(WaitTimeAlerts.configuration(), stores(), CLOCK,
                    new WaitTimeAlertEntries("Serverlesspresso", threshold)::entry, WaitTimeAlertEntries.DETAIL_TYPE,
                    ObservedAlert::of);
        }
        return driver;
    }

    CoffeeBar coffeeBar(String tenant) {
        return new CoffeeBar(tenant, this::driver);
    }

    void theManagerIsAlertedAbove(Duration wait) {
        threshold = wait;
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Nested
    @DisplayName("a drink is alerted")
    class Raised {
        @Test
        void when_its_p90_wait_rises_above_the_threshold() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:06:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90,
                    ObservedAlert::threshold, ObservedAlert::sampleSize).containsExactly(tuple("RAISED", "360", "300", 1));
        }

        @Test
        void not_when_its_p90_is_exactly_the_threshold() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:05:00");

            assertThat(nyc.alertsFor("Latte")).isEmpty();
        }

        @Test
        void once_while_its_p90_stays_above() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:06:00")
                    .serves("o2", "Latte", "12:00:00", "12:08:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state).containsExactly("RAISED");
        }

        @Test
        void even_for_orders_slower_than_the_wait_time_ceiling_which_are_what_an_alert_is_about() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:20:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90)
                    .containsExactly(tuple("RAISED", "1200"));
            assertThat(driver().rejections()).isEmpty();
        }

        @Test
        void when_the_third_slow_order_of_the_last_20_arrives_two_are_tolerated() {
            CoffeeBar nyc = coffeeBar("NYC").servesInTurn(18, "Latte", 60, "fast", "12:00:00")
                    .servesInTurn(2, "Latte", 600, "slow", "12:30:00");
            assertThat(nyc.alertsFor("Latte")).as("two slow orders in 20").isEmpty();

            nyc.servesInTurn(1, "Latte", 600, "third", "12:41:00");   // the oldest fast one leaves the last 20

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90, ObservedAlert::sampleSize)
                    .containsExactly(tuple("RAISED", "600", 20));
        }

        @Test
        void when_its_submission_arrives_after_its_completion() {
            CoffeeBar nyc = coffeeBar("NYC").completes("o1", "12:07:00");
            assertThat(nyc.alertsFor("Latte")).isEmpty();

            nyc.submits("o1", "Latte", "12:00:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90)
                    .containsExactly(tuple("RAISED", "420"));
        }

        @Test
        void above_the_threshold_the_manager_chose() {
            theManagerIsAlertedAbove(Duration.ofSeconds(90));
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:01:30")
                    .serves("o2", "Latte", "12:00:00", "12:01:31");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90, ObservedAlert::threshold)
                    .containsExactly(tuple("RAISED", "91", "90"));
        }
    }

    @Nested
    @DisplayName("an alert clears")
    class Cleared {
        @Test
        void when_faster_orders_bring_the_p90_back_to_the_threshold_one_slow_order_in_ten_is_tolerated() {
            CoffeeBar nyc = coffeeBar("NYC").serves("slow", "Latte", "12:00:00", "12:10:00")
                    .servesInTurn(8, "Latte", 60, "fast", "12:11:00");
            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state).containsExactly("RAISED");

            nyc.servesInTurn(1, "Latte", 300, "ninth", "12:20:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90, ObservedAlert::sampleSize)
                    .containsExactly(tuple("RAISED", "600", 1), tuple("CLEARED", "300", 10));
        }

        @Test
        void when_the_slow_orders_are_no_longer_among_the_last_20() {
            CoffeeBar nyc = coffeeBar("NYC").servesInTurn(3, "Latte", 600, "slow", "12:00:00")
                    .servesInTurn(17, "Latte", 60, "fast", "12:10:00");
            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state).containsExactly("RAISED");

            nyc.servesInTurn(1, "Latte", 60, "pushes-out", "12:30:00");

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90)
                    .containsExactly(tuple("RAISED", "600"), tuple("CLEARED", "60"));
        }

        @Test
        void when_an_earlier_submission_says_the_order_was_another_drink() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:01:00", "12:08:00");

            nyc.submits("o1", "Mocha", "12:00:00");   // two submissions disagree: the earliest wins

            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::state, ObservedAlert::p90, ObservedAlert::sampleSize)
                    .containsExactly(tuple("RAISED", "420", 1), tuple("CLEARED", "0", 0));
            assertThat(nyc.alertsFor("Mocha")).extracting(ObservedAlert::state, ObservedAlert::p90)
                    .containsExactly(tuple("RAISED", "480"));
        }
    }

    @Nested
    @DisplayName("alerts")
    class Alerts {
        @Test
        void are_kept_per_tenant_and_drink() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:06:00")
                    .serves("o2", "Mocha", "12:00:00", "12:01:00");
            CoffeeBar ldn = coffeeBar("LDN").serves("o1", "Latte", "12:00:00", "12:02:00");

            assertThat(nyc.alertsFor("Latte")).hasSize(1);
            assertThat(nyc.alertsFor("Mocha")).isEmpty();
            assertThat(ldn.alertsFor("Latte")).isEmpty();
        }

        @Test
        void are_not_repeated_when_the_bus_delivers_an_event_again() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00", "12:06:00").andTheBusDeliversItAgain();

            assertThat(nyc.alertsFor("Latte")).hasSize(1);
        }

        @Test
        void never_count_an_order_completed_before_it_was_submitted_which_is_rejected() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:10:00", "12:00:00")
                    .serves("o2", "Latte", "12:00:00", "12:06:00");

            assertThat(driver().rejections()).extracting(Rejection::reason).containsExactly(RejectionReason.NEGATIVE_WAIT);
            assertThat(nyc.alertsFor("Latte")).extracting(ObservedAlert::sampleSize).containsExactly(1);
        }
    }
}
