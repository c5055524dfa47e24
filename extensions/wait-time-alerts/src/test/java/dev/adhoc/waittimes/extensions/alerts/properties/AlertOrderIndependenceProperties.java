package dev.adhoc.waittimes.extensions.alerts.properties;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries.State;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensiontesting.Deliveries;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts do not depend on the order of arrival: whatever the order and the duplicates of a day's events, every
 * event emits exactly the alerts that {@link AlertOracle}'s p90s before and after it call for (RAISED when
 * {@code before <= threshold < after}, CLEARED when {@code before > threshold >= after}), so each drink's alerts
 * alternate and its last one says what the whole day's p90 says; and the same pairs are rejected.
 */
class AlertOrderIndependenceProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    /**
     * An alert as the property compares it.
     *
     * @param key   the tenant and drink
     * @param state which way
     * @param p90   the p90 after the crossing
     */
    record Alert(WindowKey key, State state, Duration p90) {
    }

    @Provide
    Arbitrary<AlertDay> days() {
        return AlertDay.days();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void every_event_emits_the_crossings_of_the_oracles_p90_and_the_same_pairs_are_rejected(
            @ForAll("days") AlertDay day) {
        InMemoryEngine<Duration> extension = InMemoryEngine.create(WaitTimeAlerts.configuration(), CLOCK);
        Set<OrderEvent> seen = new LinkedHashSet<>();
        Set<String> rejected = new HashSet<>();
        Map<WindowKey, Duration> before = Map.of();
        Set<State> emitted = new HashSet<>();
        for (OrderEvent event : day.delivery()) {
            Recorded<Duration> recorded = extension.engine().record(event);
            seen.add(event);
            Map<WindowKey, Duration> after = AlertOracle.p90s(seen);

            List<Alert> alerts = alertsOf(recorded.updates(), day.threshold());
            assertThat(alerts).as("after %s; p90s %s -> %s", Deliveries.describe(event), before, after)
                    .containsExactlyInAnyOrderElementsOf(crossings(before, after, day.threshold()));
            alerts.forEach(a -> emitted.add(a.state()));
            recorded.rejections().stream().map(Rejection::id).forEach(rejected::add);
            before = after;
        }
        assertThat(rejected).isEqualTo(AlertOracle.rejectionIds(day.events()));

        // the generator must keep hunting the hard cases
        long mostCounted = extension.samples().all().values().stream()
                .mapToLong(entries -> entries.stream().filter(e -> !e.isTombstone()).count()).max().orElse(0);
        Statistics.label("a drink with more than 20 counted orders").collect(mostCounted > 20);
        Statistics.label("cleared after raised").collect(emitted.contains(State.CLEARED));
        Statistics.label("rejected pairs").collect(!rejected.isEmpty());
        Statistics.label("a duplicate delivered").collect(day.delivery().size() > day.events().size());
        for (String label : List.of("a drink with more than 20 counted orders", "cleared after raised",
                "rejected pairs", "a duplicate delivered")) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 5));
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void each_drinks_alerts_alternate_from_raised_and_the_last_one_says_what_the_days_p90_says(
            @ForAll("days") AlertDay day) {
        InMemoryEngine<Duration> extension = InMemoryEngine.create(WaitTimeAlerts.configuration(), CLOCK);
        Map<WindowKey, State> last = new HashMap<>();
        for (OrderEvent event : day.delivery()) {
            for (Alert alert : alertsOf(extension.engine().record(event).updates(), day.threshold())) {
                State previous = last.getOrDefault(alert.key(), State.CLEARED);
                assertThat(alert.state()).as("%s after %s", alert, previous).isNotEqualTo(previous);
                last.put(alert.key(), alert.state());
            }
        }
        Map<WindowKey, State> expected = new HashMap<>();
        AlertOracle.p90s(day.events()).forEach((key, p90) -> {
            if (p90.compareTo(day.threshold()) > 0) {
                expected.put(key, State.RAISED);
            }
        });
        last.values().removeIf(State.CLEARED::equals);
        assertThat(last).isEqualTo(expected);
    }

    private static List<Alert> alertsOf(List<Update<Duration>> updates, Duration threshold) {
        WaitTimeAlertEntries entries = new WaitTimeAlertEntries("bus", threshold);
        return updates.stream().flatMap(u -> entries.crossing(u).map(s -> new Alert(u.key(), s, u.after())).stream())
                .toList();
    }

    private static List<Alert> crossings(Map<WindowKey, Duration> before, Map<WindowKey, Duration> after,
                                         Duration threshold) {
        Set<WindowKey> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().flatMap(key -> {
            Duration was = before.getOrDefault(key, Duration.ZERO);
            Duration is = after.getOrDefault(key, Duration.ZERO);
            boolean raised = was.compareTo(threshold) <= 0 && threshold.compareTo(is) < 0;
            boolean cleared = was.compareTo(threshold) > 0 && threshold.compareTo(is) >= 0;
            return raised ? java.util.stream.Stream.of(new Alert(key, State.RAISED, is))
                    : cleared ? java.util.stream.Stream.of(new Alert(key, State.CLEARED, is))
                    : java.util.stream.Stream.empty();
        }).toList();
    }
}
