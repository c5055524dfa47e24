package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.drivers.InMemoryDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any permutation and any duplication of the same set of events ends in the same windows, and those are the
 * windows the reference oracle computes from the set as a whole.
 */
class OrderIndependenceProperties {

    @Property(tries = 200)
    void any_permutation_and_duplication_ends_in_the_oracles_windows(
            @ForAll long daySeed, @ForAll long deliverySeed,
            @ForAll @IntRange(min = 0, max = 60) int orders,
            @ForAll @IntRange(min = 1, max = 6) int windowSize,
            @ForAll @IntRange(min = 0, max = 50) int duplicatePercent) {
        WaitTimeSettings settings = WaitTimeSettings.DEFAULTS.withWindowSize(windowSize);
        List<BusEvent> day = CoffeeBarDay.events(daySeed, orders);

        Map<String, ReferenceOracle.Expected> expected = ReferenceOracle.windows(day, windowSize, settings.maxWait());
        Map<String, ReferenceOracle.Expected> actual =
                finalScreens(new InMemoryDriver(), settings, CoffeeBarDay.asDelivered(day, deliverySeed, duplicatePercent));

        assertThat(actual).isEqualTo(expected);
    }

    /** Delivers the events and reads the last update emitted per key: what every screen shows at the end. */
    static Map<String, ReferenceOracle.Expected> finalScreens(WaitTimesDriver driver, WaitTimeSettings settings,
                                                              List<BusEvent> delivered) {
        try (driver) {
            driver.start(settings);
            delivered.forEach(driver::deliver);
            Map<String, ObservedWaitTime> last = new TreeMap<>();
            driver.updates().forEach(u -> last.put(u.tenant() + "/" + u.drink(), u));
            Map<String, ReferenceOracle.Expected> screens = new TreeMap<>();
            last.forEach((key, u) -> {
                if (u.sampleSize() > 0) {
                    screens.put(key, new ReferenceOracle.Expected(u.duration(), u.sampleSize()));
                }
            });
            return screens;
        }
    }
}
