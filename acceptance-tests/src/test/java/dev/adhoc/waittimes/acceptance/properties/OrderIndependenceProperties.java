package dev.adhoc.waittimes.acceptance.properties;

import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.InMemoryDriver;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.acceptance.properties.Deliveries.Delivered;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any arrival order and any duplication of the same set of events ends in the same windows and the same rejections:
 * those the reference oracle computes from the set as a whole — exactly (the same orders in each window, so the same
 * update id), with pushed-out samples back where a later one left. In both completion modes, on both adapter sets:
 * in memory, and the Lambda handler over DynamoDB on dynalite (fewer tries: each is a fresh table).
 */
class OrderIndependenceProperties {
    /** Most orders of a day in memory, and over dynalite. */
    private static final int ORDERS = 40;
    private static final int ORDERS_ON_DYNALITE = 25;
    /** Orders are submitted within 20 minutes, so that completions of one key interleave and windows fill. */
    private static final int SPAN_SECONDS = 1200;

    @Property(tries = 1000)
    void in_memory_any_arrival_order_ends_in_the_oracles_windows_and_rejections(
            @ForAll("days") Delivered day, @ForAll("windowSizes") int windowSize) {
        check(InMemoryDriver::new, settings(windowSize, CompletionMode.COMPLETED), day, true);
    }

    @Property(tries = 1000)
    void in_memory_in_the_compatibility_mode_too(@ForAll("days") Delivered day, @ForAll("windowSizes") int windowSize) {
        check(InMemoryDriver::new, settings(windowSize, CompletionMode.FINISHED), day, true);
    }

    @Property(tries = 50)
    void on_dynamodb_any_arrival_order_ends_in_the_oracles_windows_and_rejections(
            @ForAll("smallerDays") Delivered day, @ForAll("windowSizes") int windowSize) {
        check(() -> new LambdaHandlerDriver(DynamoDbStores::new), settings(windowSize, CompletionMode.COMPLETED), day,
                false);
    }

    @Property(tries = 50)
    void on_dynamodb_in_the_compatibility_mode_too(@ForAll("smallerDays") Delivered day,
                                                   @ForAll("windowSizes") int windowSize) {
        check(() -> new LambdaHandlerDriver(DynamoDbStores::new), settings(windowSize, CompletionMode.FINISHED), day,
                false);
    }

    @Provide
    Arbitrary<Delivered> days() {
        return Deliveries.of(DayShapes.days(ORDERS, SPAN_SECONDS));
    }

    @Provide
    Arbitrary<Delivered> smallerDays() {
        return Deliveries.of(DayShapes.days(ORDERS_ON_DYNALITE, SPAN_SECONDS));
    }

    @Provide
    Arbitrary<Integer> windowSizes() {
        return Arbitraries.of(1, 2, 3, 10);
    }

    private static WaitTimeSettings settings(int windowSize, CompletionMode mode) {
        return WaitTimeSettings.DEFAULTS.withWindowSize(windowSize).withCompletionMode(mode);
    }

    private static void check(Supplier<WaitTimesDriver> drivers, WaitTimeSettings settings, Delivered day,
                              boolean coverage) {
        ReferenceOracle.Outcome expected = ReferenceOracle.of(day.events(), settings);
        Screens actual = finalScreens(drivers.get(), settings, day.deliveries());
        if (coverage) {
            collectCoverage(day, settings, expected);
        }

        assertThat(actual.windows()).as("final windows").isEqualTo(expected.windows());
        assertThat(actual.rejectionIds()).as("distinct rejection ids").isEqualTo(expected.rejectionIds());
        assertThat(actual.updateIdsWithTwoContents()).as("an update id always names the same window").isEmpty();
    }

    /**
     * What a driver ended in.
     *
     * @param windows                  the last update of every key, where it shows at least one order
     * @param rejectionIds             every rejection's id
     * @param updateIdsWithTwoContents update ids that came with two different figures (must be none)
     */
    record Screens(Map<String, ReferenceOracle.Expected> windows, Set<String> rejectionIds,
                   Set<String> updateIdsWithTwoContents) {
    }

    /** Delivers the events and reads what every screen shows at the end: the last update emitted per key. */
    static Screens finalScreens(WaitTimesDriver driver, WaitTimeSettings settings, List<BusEvent> delivered) {
        try (driver) {
            driver.start(settings);
            delivered.forEach(driver::deliver);
            Map<String, ObservedWaitTime> last = new TreeMap<>();
            Map<String, ObservedWaitTime> byId = new HashMap<>();
            Set<String> twoContents = new TreeSet<>();
            for (ObservedWaitTime u : driver.updates()) {
                last.put(u.tenant() + "/" + u.drink(), u);
                ObservedWaitTime before = byId.putIfAbsent(u.updateId(), u);
                if (before != null && !before.equals(u)) {
                    twoContents.add(u.updateId());
                }
            }
            Map<String, ReferenceOracle.Expected> screens = new TreeMap<>();
            last.forEach((key, u) -> {
                if (u.sampleSize() > 0) {
                    screens.put(key, new ReferenceOracle.Expected(u.duration(), u.sampleSize(), u.updateId()));
                }
            });
            Set<String> rejections = new TreeSet<>();
            driver.rejections().stream().map(ObservedRejection::id).forEach(rejections::add);
            return new Screens(screens, rejections, twoContents);
        }
    }

    /** The generator must reach the hard cases often: checked, not hoped for. */
    private static void collectCoverage(Delivered day, WaitTimeSettings settings, ReferenceOracle.Outcome expected) {
        Map<String, Integer> hard = day.day().hardCases();
        boolean full = expected.windows().values().stream().anyMatch(w -> w.sampleSize() == settings.windowSize());
        Statistics.label("window size").collect(settings.windowSize());
        Statistics.label("arrival").collect(day.arrival());
        Statistics.label("a full window").collect(full)
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Statistics.label("conflicting completions").collect(hard.containsKey("conflictingCompletions"))
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Statistics.label("submissions naming another drink").collect(hard.containsKey("submissionsNamingAnotherDrink"))
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Statistics.label("a burst of withdrawals").collect(hard.containsKey("burstWithdrawals"))
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Statistics.label("rejections").collect(!expected.rejectionIds().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p >= 15));
        Set<String> keys = new HashSet<>(expected.windows().keySet());
        Statistics.label("windows").collect(keys.size() > 1 ? "several" : keys.size() == 1 ? "one" : "none");
    }
}
