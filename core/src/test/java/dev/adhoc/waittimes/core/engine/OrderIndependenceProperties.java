package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.testing.CrashingSampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeRules;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order independence (contract, section 2): any permutation and duplication of a coffee-bar day's events ends in the
 * windows and the rejections the contract computes from the set of events ({@link Oracle}), and every update emitted
 * on the way describes its own window.
 */
class OrderIndependenceProperties {
    private static final Clock NOON = Clock.fixed(at("12:00:00"), ZoneOffset.UTC);

    @Provide
    Arbitrary<CoffeeBarDay> days() {
        return CoffeeBarDay.days(false);
    }

    @Provide
    Arbitrary<CoffeeBarDay> daysWithCrashes() {
        return CoffeeBarDay.days(true);
    }

    /** The service on the in-memory stores, fed one delivery; what it emitted and rejected. */
    private static final class Run {
        final WaitTimesService service;
        final Set<String> rejectionIds = new HashSet<>();

        Run(WaitTimeSettings settings, List<CoffeeBarDay.Report> delivery) {
            service = WaitTimesService.builder().settings(settings).orderRecords(new InMemoryOrderRecords(NOON))
                    .samples(new InMemorySampleIndex(NOON)).clock(NOON).build();
            for (CoffeeBarDay.Report r : delivery) {
                service.record(r.event()).rejections().stream().map(Rejection::id).forEach(rejectionIds::add);
            }
        }

        Map<WindowKey, Optional<WaitTimeUpdate>> currents() {
            Map<WindowKey, Optional<WaitTimeUpdate>> all = new LinkedHashMap<>();
            CoffeeBarDay.KEYS.forEach(k -> all.put(k, service.current(k)));
            return all;
        }
    }

    private static Map<WindowKey, Optional<WaitTimeUpdate>> expected(Oracle oracle) {
        Map<WindowKey, Optional<WaitTimeUpdate>> all = new LinkedHashMap<>();
        CoffeeBarDay.KEYS.forEach(k -> all.put(k, oracle.current(k)));
        return all;
    }

    private static Map<WindowKey, List<Sample>> windows(Oracle oracle) {
        Map<WindowKey, List<Sample>> all = new LinkedHashMap<>();
        CoffeeBarDay.KEYS.forEach(k -> all.put(k, oracle.window(k)));
        return all;
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void any_order_and_duplication_ends_in_the_contracts_windows_and_rejections(@ForAll("days") CoffeeBarDay day) {
        Run run = new Run(day.settings(), day.deliveryA());
        Oracle oracle = new Oracle(day.settings(), day.events());

        assertThat(run.currents()).as("current(key) for every key; the contract's windows are %s", windows(oracle))
                .isEqualTo(expected(oracle));
        assertThat(run.rejectionIds).as("distinct rejection ids").isEqualTo(oracle.rejectionIds());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void two_deliveries_of_the_same_events_end_in_identical_windows(@ForAll("days") CoffeeBarDay day) {
        Run a = new Run(day.settings(), day.deliveryA());
        Run b = new Run(day.settings(), day.deliveryB());

        assertThat(b.currents()).isEqualTo(a.currents());
        assertThat(b.rejectionIds).isEqualTo(a.rejectionIds);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void every_update_describes_its_own_window_and_the_last_one_emitted_is_current(@ForAll("days") CoffeeBarDay day) {
        Bar bar = new Bar(day.settings());
        checkEveryUpdate(bar, day.deliveryA());
    }

    @Provide
    Arbitrary<Duration> spans() {
        return Arbitraries.of(1, 5, 10, 30).map(Duration::ofMinutes);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void a_time_window_is_as_independent_of_arrival_as_a_count_window(@ForAll("days") CoffeeBarDay day,
                                                                      @ForAll("spans") Duration span) {
        Bar bar = new Bar(new Configuration<>(WaitTimesService.NAME, WaitTimeRules.of(day.settings()),
                new SamplesWithin(span), WaitFigures::of, Duration.ofHours(24)));
        checkEveryUpdate(bar, day.deliveryA());
        Oracle oracle = new Oracle(day.settings(), day.events());

        Map<WindowKey, List<Sample>> actual = new LinkedHashMap<>();
        Map<WindowKey, List<Sample>> expected = new LinkedHashMap<>();
        CoffeeBarDay.KEYS.forEach(k -> {
            actual.put(k, bar.window(k));
            expected.put(k, oracle.windowWithin(k, span));
        });
        assertThat(actual).isEqualTo(expected);
    }

    /** Records the delivery, checking every update against the windows read before and after each event. */
    private static void checkEveryUpdate(Bar bar, List<CoffeeBarDay.Report> delivery) {
        Map<WindowKey, Update<WaitFigures>> lastEmitted = new HashMap<>();
        Set<OrderEvent> delivered = new HashSet<>();
        for (CoffeeBarDay.Report report : delivery) {
            OrderEvent e = report.event();
            Map<WindowKey, Window> before = windows(bar);
            List<Update<WaitFigures>> updates = bar.engine.record(e).updates();
            Map<WindowKey, Window> after = windows(bar);

            assertThat(updates).extracting(Update::key).as("one update per key at most").doesNotHaveDuplicates();
            for (Update<WaitFigures> u : updates) {
                assertThat(u.window()).as("%s: the window of the update of %s", CoffeeBarDay.describe(e), u.key())
                        .isEqualTo(after.get(u.key()));
                assertThat(u.after()).isEqualTo(WaitFigures.of(u.window()));
                assertThat(u.before()).as("%s: figures before, %s", CoffeeBarDay.describe(e), u.key())
                        .isEqualTo(WaitFigures.of(before.get(u.key())));
                assertThat(u.updateId()).isEqualTo(ContentIds.of(u.key(), u.window()));
                lastEmitted.put(u.key(), u);
            }
            for (WindowKey key : CoffeeBarDay.KEYS) {
                boolean emitted = updates.stream().anyMatch(u -> u.key().equals(key));
                boolean orderInWindow = key.tenant().equals(e.tenant()) && after.get(key).sampleOf(e.orderId()).isPresent();
                String what = CoffeeBarDay.describe(e) + " on " + key + ": " + before.get(key).samples() + " -> "
                        + after.get(key).samples();
                if (!before.get(key).equals(after.get(key))) {
                    assertThat(emitted).as("the window changed: %s", what).isTrue();
                } else if (!orderInWindow && namesOneDrinkAtMost(bar, e)) {
                    // The contract's exception: an order whose reports name several drinks announces every window
                    // it touches, on each of its events (a window an interrupted attempt changed is then announced).
                    assertThat(emitted).as("nothing changed and the order is in no window: %s", what).isFalse();
                } else if (orderInWindow && delivered.contains(e)) {
                    assertThat(emitted).as("a redelivery of an order in the window: %s", what).isTrue();
                }
            }
            delivered.add(e);
        }
        assertLastEmittedIsCurrent(bar, lastEmitted);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void a_crash_between_the_writes_then_the_retry_ends_in_the_contracts_windows_and_emits_them(
            @ForAll("daysWithCrashes") CoffeeBarDay day) {
        Bar bar = new Bar(day.settings());
        Map<WindowKey, Update<WaitFigures>> lastEmitted = new HashMap<>();
        Set<CoffeeBarDay.Report> crashed = new HashSet<>();
        Deque<CoffeeBarDay.Report> queue = new ArrayDeque<>(day.deliveryA());
        while (!queue.isEmpty()) {
            CoffeeBarDay.Report report = queue.removeFirst();
            if (report.crash() >= 0 && crashed.add(report)) {
                bar.index.crashAfter(report.crash());
            }
            try {
                bar.engine.record(report.event()).updates().forEach(u -> lastEmitted.put(u.key(), u));
            } catch (CrashingSampleIndex.Crash crash) {
                queue.addLast(report); // redelivered later, as the bus would
            } finally {
                bar.index.disarm();
            }
        }
        Oracle oracle = new Oracle(day.settings(), day.events());

        Map<WindowKey, List<Sample>> actual = new LinkedHashMap<>();
        CoffeeBarDay.KEYS.forEach(k -> actual.put(k, bar.window(k)));
        assertThat(actual).isEqualTo(windows(oracle));
        assertLastEmittedIsCurrent(bar, lastEmitted);
    }

    private static boolean namesOneDrinkAtMost(Bar bar, OrderEvent e) {
        return bar.records.find(e.tenant(), e.orderId()).map(r -> r.submissions().stream()
                .map(s -> s.drink()).distinct().count() <= 1).orElse(true);
    }

    private static Map<WindowKey, Window> windows(Bar bar) {
        Map<WindowKey, Window> all = new HashMap<>();
        CoffeeBarDay.KEYS.forEach(k -> all.put(k, new Window(bar.window(k))));
        return all;
    }

    private static void assertLastEmittedIsCurrent(Bar bar, Map<WindowKey, Update<WaitFigures>> lastEmitted) {
        for (WindowKey key : CoffeeBarDay.KEYS) {
            Optional<Update<WaitFigures>> current = bar.current(key);
            Optional<Update<WaitFigures>> last = Optional.ofNullable(lastEmitted.get(key));
            if (current.isPresent()) {
                assertThat(last.map(Update::updateId)).as("the last update emitted for %s", key)
                        .contains(current.get().updateId());
            } else {
                assertThat(last.map(u -> u.window().isEmpty())).as("the last update emitted for %s, now empty", key)
                        .isNotEqualTo(Optional.of(false));
            }
        }
    }
}
