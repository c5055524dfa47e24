package dev.adhoc.waittimes.extensions.throughput.acceptance;

import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;
import dev.adhoc.waittimes.extensiontesting.ExtensionDriver;
import dev.adhoc.waittimes.extensiontesting.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Throughput in a bar manager's words: how many orders the bar completed in the 15 minutes up to its latest
 * completion. Every adapter set runs all of them: a subclass only says which.
 */
abstract class ThroughputScenarios {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private static final ThroughputEntries ENTRIES = new ThroughputEntries("Serverlesspresso");

    private ExtensionDriver<Integer, ObservedThroughput> driver;

    /** @return the adapter set of one scenario */
    abstract Stores stores();

    private ExtensionDriver<Integer, ObservedThroughput> driver() {
        if (driver == null) {
            driver = new ExtensionDriver<>(Throughput.configuration(), stores(), CLOCK,
                    update -> Optional.of(ENTRIES.entry(update)), ThroughputEntries.DETAIL_TYPE, ObservedThroughput::of);
        }
        return driver;
    }

    CoffeeBar coffeeBar(String tenant) {
        return new CoffeeBar(tenant, this::driver);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Nested
    @DisplayName("throughput")
    class Counting {
        @Test
        void counts_the_orders_completed_in_the_15_minutes_up_to_the_latest_completion() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00").serves("o2", "Mocha", "12:05:00")
                    .serves("o3", "Latte", "12:14:59");

            assertThat(nyc.emitted()).extracting(ObservedThroughput::completed, ObservedThroughput::asOf)
                    .containsExactly(tuple(1, "12:00:00"), tuple(2, "12:05:00"), tuple(3, "12:14:59"));
        }

        @Test
        void no_longer_counts_an_order_completed_exactly_15_minutes_before_the_latest() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00").serves("o2", "Latte", "12:05:00")
                    .serves("o3", "Latte", "12:15:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed, ObservedThroughput::asOf)
                    .containsExactly(2, "12:15:00");
        }

        @Test
        void falls_when_a_quiet_spell_ends() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00").serves("o2", "Latte", "12:01:00")
                    .serves("o3", "Latte", "12:40:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed).isEqualTo(1);
        }

        @Test
        void counts_a_completed_order_whose_submission_was_never_seen() {
            CoffeeBar nyc = coffeeBar("NYC").completes("o1", "12:00:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed).isEqualTo(1);
            assertThat(driver().rejections()).isEmpty();
        }

        @Test
        void counts_every_drink_together_and_keeps_tenants_apart() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00").serves("o2", "Mocha", "12:01:00");
            CoffeeBar ldn = coffeeBar("LDN").serves("o1", "Latte", "12:02:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed).isEqualTo(2);
            assertThat(ldn.throughput()).get().extracting(ObservedThroughput::completed).isEqualTo(1);
        }

        @Test
        void counts_an_order_once_at_its_earliest_completion_report() {
            CoffeeBar nyc = coffeeBar("NYC").completes("o1", "12:20:00").completes("o1", "12:01:00")
                    .completes("o2", "12:20:00");

            assertThat(nyc.emitted()).extracting(ObservedThroughput::completed, ObservedThroughput::asOf)
                    .containsExactly(tuple(1, "12:20:00"), tuple(1, "12:01:00"), tuple(1, "12:20:00"));
        }

        @Test
        void never_counts_a_cancelled_order_and_never_uncounts_a_completed_one() {
            CoffeeBar nyc = coffeeBar("NYC").submits("o1", "Latte", "11:59:00").cancels("o1", "12:00:00")
                    .serves("o2", "Latte", "12:01:00").cancels("o2", "12:02:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("a late or repeated event")
    class LateEvents {
        @Test
        void counts_a_completion_that_arrives_late_but_within_the_window() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o2", "Latte", "12:12:00").serves("o1", "Latte", "12:10:00");

            assertThat(nyc.throughput()).get().extracting(ObservedThroughput::completed, ObservedThroughput::asOf)
                    .containsExactly(2, "12:12:00");
        }

        @Test
        void older_than_the_window_changes_nothing_and_emits_nothing() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o2", "Latte", "12:30:00").serves("o1", "Latte", "12:10:00");

            assertThat(nyc.emitted()).extracting(ObservedThroughput::completed, ObservedThroughput::asOf)
                    .containsExactly(tuple(1, "12:30:00"));
        }

        @Test
        void is_announced_again_with_the_same_update_id_when_the_bus_delivers_it_again() {
            CoffeeBar nyc = coffeeBar("NYC").serves("o1", "Latte", "12:00:00").andTheBusDeliversItAgain();

            assertThat(nyc.emitted()).hasSize(2);
            assertThat(nyc.emitted().get(1)).isEqualTo(nyc.emitted().get(0));
        }
    }
}
